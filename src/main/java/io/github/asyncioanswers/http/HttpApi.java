package io.github.asyncioanswers.http;

import io.github.asyncioanswers.index.Reindexer;
import io.github.asyncioanswers.config.Operations;
import io.github.asyncioanswers.metrics.Metrics;
import io.github.asyncioanswers.learn.Asked;
import io.github.asyncioanswers.learn.Channel;
import io.github.asyncioanswers.learn.QueryLog;
import io.github.asyncioanswers.learn.ReportSource;
import io.github.asyncioanswers.search.SearchResult;
import io.github.asyncioanswers.search.Searcher;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.router.EndpointNotFound;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: search, question by id, health and the admin's reindex as JSON, plus metrics and
 * the OpenAPI description; bad input is a 400 that says why.
 */
public final class HttpApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    static final int MAX_QUERY_CHARS = 1000;
    static final int MAX_LIMIT = 20;
    static final int DEFAULT_LIMIT = 5;

    private final Searcher searcher;
    private final Reindexer reindexer;
    private final Metrics metrics;
    private final Operations operations;
    private final AdminToken adminToken;
    private final List<PostRoute> postRoutes;
    private final QueryLog queryLog;
    /** The results JSON of the answers that the result cache holds: what repeated questions get. */
    private final ResultsJson resultsJson;
    private final LearnRoutes learnRoutes;
    private final Javalin javalin;

    /**
     * {@code adminToken} guards {@code POST /api/v1/reindex} (without one that endpoint answers 403);
     * {@code postRoutes} are extra POST endpoints served for other parts of the app (the Telegram webhook);
     * each search is recorded in {@code queryLog}, and {@code reports} serves the admin's report.
     */
    public HttpApi(Searcher searcher, Reindexer reindexer, Metrics metrics, Operations operations,
                   Optional<String> adminToken, List<PostRoute> postRoutes, QueryLog queryLog, ReportSource reports) {
        this.searcher = searcher;
        this.reindexer = reindexer;
        this.metrics = metrics;
        this.operations = operations;
        this.adminToken = new AdminToken(adminToken);
        this.postRoutes = List.copyOf(postRoutes);
        this.resultsJson = new ResultsJson(searcher.cachedAnswersAtMost());
        this.queryLog = queryLog;
        this.learnRoutes = new LearnRoutes(queryLog, reports, this.adminToken);
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
        new RequestLog(metrics).install(config);
        Hardening.install(config, operations);
        config.http.prefer405over404 = true;
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrors()));
        config.routes.before("/api/*", ctx -> QueryStrings.requireValid(ctx.queryString()));
        config.routes.get("/api/v1/search", this::search);
        config.routes.get("/api/v1/questions/{id}", this::question);
        config.routes.get("/health", this::health);
        config.routes.post("/api/v1/reindex", this::reindex);
        postRoutes.forEach(route -> config.routes.post(route.path(), ctx -> post(route, ctx)));
        config.routes.get("/metrics", ctx -> ctx.contentType(Metrics.contentType()).result(metrics.scrape()));
        config.routes.get(OpenApi.PATH, new OpenApi()::serve);
        learnRoutes.register(config);
        config.routes.exception(ValidationException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, describe(e)));
        config.routes.exception(EndpointNotFound.class, (e, ctx) ->
                error(ctx, HttpStatus.NOT_FOUND, "no such endpoint: " + ctx.method() + " " + ctx.path()));
        config.routes.exception(HttpResponseException.class, (e, ctx) ->
                error(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
        });
    }

    /*
     * Javalin 7 runs every check before its own null check, also on an absent parameter, so each
     * check lets null through: get() then reports the missing q, getOrDefault() fills in the limit.
     */
    private void search(Context ctx) throws IOException {
        String q = ctx.queryParamAsClass("q", String.class)
                .check(text -> text == null || !text.isBlank(), "q must not be blank")
                .check(text -> text == null || text.length() <= MAX_QUERY_CHARS,
                        "q must be at most " + MAX_QUERY_CHARS + " characters")
                .get();
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .check(n -> n == null || (n >= 1 && n <= MAX_LIMIT), "limit must be between 1 and " + MAX_LIMIT)
                .getOrDefault(DEFAULT_LIMIT);
        SearchResult result = searcher.search(q, limit);
        SearchJson json = SearchJson.of(queryLog.record(Asked.question(Channel.HTTP, Optional.empty(), result)), result, resultsJson);
        ctx.contentType(ContentType.APPLICATION_JSON).result(json.utf8());
    }

    private void question(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ctx.json(ResultJson.of(searcher.byId(id)
                .orElseThrow(() -> new NotFoundResponse("no question with id " + id))));
    }

    private static void post(PostRoute route, Context ctx) throws Exception {
        Map<String, String> headers = new HashMap<>();
        ctx.headerMap().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value));
        int status = route.handler().handle(ctx.body(), headers);
        ctx.status(status).result("");
    }

    private void health(Context ctx) throws IOException {
        ctx.json(HealthJson.of(searcher.size(), reindexer.last()));
    }

    /** Rebuilds the index from the notes; concurrent calls wait for each other. */
    private void reindex(Context ctx) {
        adminToken.check(ctx);
        try {
            ctx.json(ReindexJson.of(reindexer.rebuild()));
        } catch (IOException e) {
            LOG.error("reindex failed; the last good index keeps serving", e);
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "reindex failed, the last good index keeps serving: "
                    + e.getMessage());
        }
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

    /** Every route served, as {@code METHOD /path}, for checking the OpenAPI description. */
    List<String> routes() {
        return javalin.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path).toList();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
