package io.github.asyncioanswers.http;

import io.github.asyncioanswers.learn.Channel;
import io.github.asyncioanswers.learn.Feedback;
import io.github.asyncioanswers.learn.FeedbackOutcome;
import io.github.asyncioanswers.learn.QueryLog;
import io.github.asyncioanswers.learn.ReportSource;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.util.Optional;

/** Feedback, the report for note authors and the web page: what the bot learns from use. */
final class LearnRoutes {

    static final int REPORT_LIMIT = 20;

    private final QueryLog queryLog;
    private final ReportSource reports;
    private final AdminToken adminToken;

    LearnRoutes(QueryLog queryLog, ReportSource reports, AdminToken adminToken) {
        this.queryLog = queryLog;
        this.reports = reports;
        this.adminToken = adminToken;
    }

    void register(JavalinConfig config) {
        config.staticFiles.add("/web", Location.CLASSPATH);
        config.routes.post("/api/v1/feedback", this::feedback);
        config.routes.get("/api/v1/report", this::report);
    }

    private void feedback(Context ctx) {
        FeedbackRequest request = FeedbackRequest.parse(ctx.body());
        FeedbackOutcome outcome = queryLog.feedback(new Feedback(request.queryId(), Optional.of(request.id()),
                request.helpful(), Channel.HTTP, Optional.empty()));
        switch (outcome) {
            case UNKNOWN_QUERY -> throw new NotFoundResponse("no query with id " + request.queryId());
            case NOT_A_RESULT -> throw new BadRequestResponse("id " + request.id() + " is not among the results of query "
                    + request.queryId());
            default -> ctx.json(new FeedbackJson(request.queryId(), request.id(), request.helpful(),
                    outcome.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    /** The body of a feedback answer: what was recorded, and whether it was new, the same again, or changed. */
    record FeedbackJson(String queryId, String id, boolean helpful, String outcome) {
    }

    private void report(Context ctx) throws IOException {
        adminToken.check(ctx);
        int limit = ctx.queryParamAsClass("limit", Integer.class)
                .check(n -> n == null || (n >= 1 && n <= 100), "limit must be between 1 and 100")
                .getOrDefault(REPORT_LIMIT);
        ctx.json(reports.report(limit));
    }
}
