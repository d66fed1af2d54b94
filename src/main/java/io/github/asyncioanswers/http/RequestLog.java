package io.github.asyncioanswers.http;

import io.github.asyncioanswers.metrics.Metrics;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives every request an id (a sane incoming {@code X-Request-Id} or a new UUID, echoed in the
 * response), then writes one access line with keys and records the request's metrics.
 */
final class RequestLog {

    static final String REQUEST_ID_HEADER = "X-Request-Id";
    static final String REQUEST_ID_KEY = "requestId";
    /** The route of a request that matched none, so that random paths do not each make a metric. */
    static final String UNMATCHED = "unmatched";

    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final Metrics metrics;

    RequestLog(Metrics metrics) {
        this.metrics = metrics;
    }

    /** Registers the id assignment as the first before-handler, and the access line. */
    void install(JavalinConfig config) {
        config.routes.before(RequestLog::assignId);
        config.requestLogger.http(this::log);
    }

    private static void assignId(Context ctx) {
        String id = Optional.ofNullable(ctx.header(REQUEST_ID_HEADER)).filter(SANE_ID.asMatchPredicate())
                .orElseGet(() -> UUID.randomUUID().toString());
        ctx.attribute(REQUEST_ID_KEY, id);
        ctx.header(REQUEST_ID_HEADER, id);
        MDC.put(REQUEST_ID_KEY, id);
    }

    private void log(Context ctx, Float ms) {
        String route = route(ctx);
        int status = ctx.statusCode();
        String requestId = ctx.attribute(REQUEST_ID_KEY);
        metrics.httpRequest(ctx.method().name(), route, status, Duration.ofNanos((long) (ms * 1_000_000)));
        LOG.atInfo().addKeyValue(REQUEST_ID_KEY, requestId).addKeyValue("route", route)
                .addKeyValue("status", status).addKeyValue("ms", Math.round(ms))
                .log("{} {}", ctx.method().name(), ctx.path());
        MDC.remove(REQUEST_ID_KEY);
    }

    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? UNMATCHED : endpoint.path;
    }
}
