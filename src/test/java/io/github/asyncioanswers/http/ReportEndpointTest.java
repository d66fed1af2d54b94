package io.github.asyncioanswers.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.asyncioanswers.App;
import io.github.asyncioanswers.TestApps;
import io.github.asyncioanswers.TestHttp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GET /api/v1/report on a real server: the admin token guards it as it guards the reindex. */
class ReportEndpointTest {

    private static final String TOKEN = "s3cret-admin-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private App start(Optional<String> token) throws IOException {
        return TestApps.onTwoNotes(temp, token);
    }

    @Test
    void without_a_configured_token_the_report_is_disabled() throws IOException {
        try (App app = start(Optional.empty())) {
            HttpResponse<String> response = new TestHttp(app.httpPort()).get("/api/v1/report");
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body())
                    .isEqualTo("{\"error\":\"admin endpoints are disabled: no ADMIN_TOKEN is configured\"}");
        }
    }

    @Test
    void a_wrong_token_is_refused() throws IOException {
        try (App app = start(Optional.of(TOKEN))) {
            HttpResponse<String> response = new TestHttp(app.httpPort()).get("/api/v1/report",
                    Optional.of("Bearer wrong"));
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.body()).isEqualTo("{\"error\":\"wrong admin token\"}");
        }
    }

    @Test
    void the_report_groups_unanswered_questions_and_lists_unhelpful_answers() throws IOException {
        try (App app = start(Optional.of(TOKEN))) {
            TestHttp http = new TestHttp(app.httpPort());
            http.search("How do I profile asyncio code?");
            http.search("how do i profile asyncio code");
            http.search("Is uvloop faster?");
            JsonNode alpha = JSON.readTree(http.search("How do I alpha?"));
            http.postJson("/api/v1/feedback", "{\"queryId\":\"" + alpha.path("queryId").asText() + "\",\"id\":\""
                    + alpha.path("results").get(0).path("id").asText() + "\",\"helpful\":false}");

            HttpResponse<String> response = http.get("/api/v1/report", Optional.of("Bearer " + TOKEN));

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode report = JSON.readTree(response.body());
            assertThat(report.path("questions").asInt()).isEqualTo(4);
            assertThat(report.path("unanswered").asInt()).isEqualTo(3);
            JsonNode first = report.path("groups").get(0);
            assertThat(first.path("question").asText()).isEqualTo("How do I profile asyncio code");
            assertThat(first.path("count").asInt()).isEqualTo(2);
            assertThat(first.path("stub").asText()).startsWith("### How do I profile asyncio code?\n\n")
                    .containsPattern("question id: [0-9a-f-]{36}\n$");
            JsonNode unhelpful = report.path("unhelpful").get(0);
            assertThat(unhelpful.path("question").asText()).isEqualTo("How do I alpha?");
            assertThat(unhelpful.path("unhelpful").asInt()).isEqualTo(1);
        }
    }
}
