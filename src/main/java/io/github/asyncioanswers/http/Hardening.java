package io.github.asyncioanswers.http;

import io.github.asyncioanswers.config.Operations;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.plugin.bundled.GlobalHeadersConfig;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Limits and headers for a public server: body and header sizes, the per-IP rate limit of the
 * public API, CORS (off unless origins are configured), security headers and a bounded graceful stop.
 */
final class Hardening {

    static final String RATE_LIMITED_PATHS = "/api/v1/*";

    private Hardening() {
    }

    static void install(JavalinConfig config, Operations operations) {
        config.http.maxRequestSize = operations.maxRequestBytes();
        config.jetty.modifyHttpConfiguration(http -> {
            http.setRequestHeaderSize(operations.maxHeaderBytes());
            http.setSendServerVersion(false);
        });
        // The graceful handler lets a stop finish the requests in flight, for at most the stop timeout.
        config.jetty.modifyServer(server -> {
            server.setStopTimeout(operations.shutdownTimeout().toMillis());
            server.setHandler(new GracefulHandler());
        });
        config.bundledPlugins.enableGlobalHeaders(Hardening::securityHeaders);
        if (!operations.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                operations.corsOrigins().forEach(origin -> rule.allowHost(origin));
                rule.exposeHeader(RequestLog.REQUEST_ID_HEADER);
                rule.exposeHeader(Header.RETRY_AFTER);
            }));
        }
        config.routes.before(ctx -> rejectLargeBody(ctx, operations.maxRequestBytes()));
        if (operations.ratePerSecond() > 0) {
            RateLimiter limiter = new RateLimiter(operations.ratePerSecond(), operations.rateBurst(), System::nanoTime);
            config.routes.before(RATE_LIMITED_PATHS, ctx -> limit(ctx, limiter));
        }
    }

    private static void securityHeaders(GlobalHeadersConfig headers) {
        headers.xContentTypeOptionsNoSniff();
        headers.xFrameOptions(GlobalHeadersConfig.XFrameOptions.DENY);
        headers.referrerPolicy(GlobalHeadersConfig.ReferrerPolicy.NO_REFERRER);
        headers.contentSecurityPolicy("default-src 'self'");
    }

    /** A declared length is checked up front; a chunked body is capped by Javalin when it is read. */
    private static void rejectLargeBody(Context ctx, long maxBytes) {
        if (ctx.contentLength() > maxBytes) {
            throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
                    "request body too large: at most " + maxBytes + " bytes");
        }
    }

    private static void limit(Context ctx, RateLimiter limiter) {
        limiter.retryAfter(ctx.ip()).ifPresent(wait -> {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            ctx.header(Header.RETRY_AFTER, Long.toString(seconds));
            throw new HttpResponseException(HttpStatus.TOO_MANY_REQUESTS.getCode(),
                    "too many requests: retry after " + seconds + " s");
        });
    }
}
