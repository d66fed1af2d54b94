package io.github.asyncioanswers.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.asyncioanswers.App;
import io.github.asyncioanswers.TestConfig;
import io.github.asyncioanswers.TestHttp;
import io.github.asyncioanswers.TestJsonLines;
import io.github.asyncioanswers.TestNotes;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every search gets a queryId, POST /api/v1/feedback takes votes on its results, and both reach the query log. */
class FeedbackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    App app;
    TestHttp http;

    @BeforeEach
    void start() throws IOException {
        TestNotes.write(temp.resolve("notes/a.md"), "alpha", "beta");
        app = App.open(TestConfig.of(temp.resolve("notes"), temp.resolve("index"), Duration.ofMillis(100), false,
                Optional.empty())).start();
        http = new TestHttp(app.httpPort());
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private JsonNode search(String text) throws IOException {
        return JSON.readTree(http.search(text));
    }

    private HttpResponse<String> feedback(String body) {
        return http.postJson("/api/v1/feedback", body);
    }

    private List<JsonNode> logLines() throws IOException {
        return TestJsonLines.read(temp.resolve("data/queries.jsonl"));
    }

    @Test
    void each_search_gets_its_own_query_id_and_a_line_in_the_query_log() throws IOException {
        JsonNode first = search("How do I alpha?");
        JsonNode second = search("what is the weather in Paris");

        assertThat(first.path("queryId").asText()).matches("[0-9a-f-]{36}").isNotEqualTo(second.path("queryId").asText());
        List<JsonNode> lines = logLines();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("queryId").asText()).isEqualTo(first.path("queryId").asText());
        assertThat(lines.get(0).path("channel").asText()).isEqualTo("http");
        assertThat(lines.get(0).path("question").asText()).isEqualTo("How do I alpha?");
        assertThat(lines.get(0).path("answered").asBoolean()).isTrue();
        assertThat(lines.get(0).path("answerId").asText()).isEqualTo(first.path("results").get(0).path("id").asText());
        assertThat(lines.get(0).path("user").isNull()).isTrue();
        assertThat(lines.get(1).path("answered").asBoolean()).isFalse();
        assertThat(lines.get(1).path("answerId").isNull()).isTrue();
    }

    @Test
    void feedback_is_recorded_and_can_be_sent_again_or_changed() throws IOException {
        JsonNode result = search("How do I alpha?");
        String queryId = result.path("queryId").asText();
        String id = result.path("results").get(0).path("id").asText();
        String vote = "{\"queryId\":\"" + queryId + "\",\"id\":\"" + id + "\",\"helpful\":%s}";

        HttpResponse<String> first = feedback(vote.formatted("false"));
        HttpResponse<String> again = feedback(vote.formatted("false"));
        HttpResponse<String> changed = feedback(vote.formatted("true"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("{\"queryId\":\"" + queryId + "\",\"id\":\"" + id
                + "\",\"helpful\":false,\"outcome\":\"recorded\"}");
        assertThat(JSON.readTree(again.body()).path("outcome").asText()).isEqualTo("unchanged");
        assertThat(JSON.readTree(changed.body()).path("outcome").asText()).isEqualTo("changed");
        List<JsonNode> votes = logLines().subList(1, 3);
        assertThat(votes).extracting(line -> line.path("type").asText()).containsOnly("feedback");
        assertThat(votes).extracting(line -> line.path("helpful").asBoolean()).containsExactly(false, true);
    }

    @Test
    void feedback_on_an_unknown_query_is_a_404() {
        HttpResponse<String> response = feedback("{\"queryId\":\"no-such-query\",\"id\":\"x\",\"helpful\":true}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"no query with id no-such-query\"}");
    }

    @Test
    void bad_feedback_bodies_are_400s_that_say_what_is_wrong() throws IOException {
        String queryId = search("How do I alpha?").path("queryId").asText();
        String shape = "body must be a JSON object like {\\\"queryId\\\": \\\"...\\\", \\\"id\\\": \\\"...\\\", "
                + "\\\"helpful\\\": true}";

        assertError(feedback(""), shape);
        assertError(feedback("[1, 2]"), shape);
        assertError(feedback("{\"queryId\":\"" + queryId + "\",\"id\":\"x\"}"), "helpful must be true or false");
        assertError(feedback("{\"queryId\":\"" + queryId + "\",\"id\":\"x\",\"helpful\":\"yes\"}"),
                "helpful must be true or false");
        assertError(feedback("{\"id\":\"x\",\"helpful\":true}"), "queryId must be a non-empty string");
        assertError(feedback("{\"queryId\":\"" + queryId + "\",\"id\":\" \",\"helpful\":true}"),
                "id must be a non-empty string");
        assertError(feedback("{\"queryId\":\"" + "q".repeat(101) + "\",\"id\":\"x\",\"helpful\":true}"),
                "queryId must be at most 100 characters");
        assertError(feedback("{\"queryId\":\"" + queryId + "\",\"id\":\"not-shown\",\"helpful\":true}"),
                "id not-shown is not among the results of query " + queryId);
    }

    private static void assertError(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(message).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"" + message + "\"}");
    }
}
