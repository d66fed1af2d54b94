package io.github.asyncioanswers.http;

import io.github.asyncioanswers.search.Searcher;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP API: search, question by id and health, as JSON; bad input is a 400 that says why. */
public final class HttpApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    static final int MAX_QUERY_CHARS = 1000;
    static final int MAX_LIMIT = 20;
    static final int DEFAULT_LIMIT = 5;
    /** Room for a q of MAX_QUERY_CHARS percent-encoded (up to 9 bytes a char); Jetty's default 8 KB is not. */
    static final int REQUEST_HEADER_BYTES = 16 * 1024;

    private final Searcher searcher;
    private final Javalin javalin;

    public HttpApi(Searcher searcher) {
        this.searcher = searcher;
        this.javalin = Javalin.create(this::configure);
    }

    /** Starts serving on {@code host:port} (port 0 picks a free port) and returns the bound port. */
    public int start(String host, int port) {
        javalin.start(host, port);
        LOG.info("HTTP API listening on {}:{}", host, javalin.port());
        return javalin.port();
    }

    public int port() {
        return javalin.port();
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.http.defaultContentType = "application/json";
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
        config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(REQUEST_HEADER_BYTES));
        config.routes.before("/api/*", ctx -> QueryStrings.requireValid(ctx.queryString()));
        config.routes.get("/api/v1/search", this::search);
        config.routes.get("/api/v1/questions/{id}", this::question);
        config.routes.get("/health", this::health);
        config.routes.exception(ValidationException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, describe(e)));
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                error(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
        });
        config.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, HttpStatus.NOT_FOUND, "no such endpoint: " + ctx.method() + " " + ctx.path());
            }
        });
        config.requestLogger.http((ctx, ms) ->
                LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms)));
    }

    private void search(Context ctx) throws IOException {
        String q = ctx.queryParamAsClass("q", String.class)
                // Javalin 7 runs checks on a missing value too; get() then reports it as missing.
                .check(text -> text == null || !text.isBlank(), "q must not be blank")
                .check(text -> text == null || text.length() <= MAX_QUERY_CHARS, "q must be at most " + MAX_QUERY_CHARS + " characters")
                .get();
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .check(n -> n == null || n >= 1 && n <= MAX_LIMIT, "limit must be between 1 and " + MAX_LIMIT)
                .getOrDefault(DEFAULT_LIMIT);
        ctx.json(SearchJson.of(searcher.search(q, limit)));
    }

    private void question(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ctx.json(ResultJson.of(searcher.byId(id)
                .orElseThrow(() -> new NotFoundResponse("no question with id " + id))));
    }

    private void health(Context ctx) throws IOException {
        ctx.json(Map.of("status", "UP", "blocks", searcher.size()));
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(new ErrorJson(message));
    }

    private static String describe(ValidationException e) {
        for (Map.Entry<String, List<ValidationError<Object>>> field : e.getErrors().entrySet()) {
            for (ValidationError<Object> error : field.getValue()) {
                return switch (error.getMessage()) {
                    case "NULLCHECK_FAILED" -> "missing query parameter '" + field.getKey() + "'";
                    case "TYPE_CONVERSION_FAILED" -> field.getKey() + " must be a whole number, was '"
                            + error.value + "'";
                    default -> error.getMessage();
                };
            }
        }
        return "invalid request";
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
