package io.github.asyncioanswers.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.asyncioanswers.App;
import io.github.asyncioanswers.config.Config;
import io.github.asyncioanswers.config.Operations;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RUSSIAN_QUESTION = "Как запустить корутину?";
    private static final String RUSSIAN_ANSWER = "Используйте `asyncio.run(main())` — он создаёт цикл событий.\n\n"
            + "```python\nasync def main():\n    await asyncio.sleep(1)  # «ждём»\n```";
    private static final int EVENT_LOOP_BLOCKS = 22;

    @TempDir
    static Path dir;
    private static App app;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("ru.md"), "# Корутины\n\n## " + RUSSIAN_QUESTION + "\n\n" + RUSSIAN_ANSWER
                + "\n\nquestion id: 0b778831-da0a-459e-b906-d99da99e44b4\n");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < EVENT_LOOP_BLOCKS; i++) {
            many.append("## Event loop question ").append(i).append("\n\nThe event loop runs task ").append(i)
                    .append(".\n\n");
        }
        Files.writeString(notes.resolve("loops.md"), many);
        // No rate limit here: the load test below sends 400 searches; RateLimitTest covers the limit.
        app = App.open(Config.defaults(notes, dir.resolve("index"), 0)
                .withOperations(Operations.defaults().withRateLimit(0, 1))).start();
        client = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    // --- search ---------------------------------------------------------------------------

    @Test
    void search_answers_with_exactly_the_contract_fields() throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=" + encode("how do I run a coroutine asyncio.run"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = JSON.readTree(response.body());
        assertThat(fieldNames(body)).containsExactly("queryId", "query", "answered", "results", "tookMs");
        assertThat(body.get("query").asText()).isEqualTo("how do I run a coroutine asyncio.run");
        assertThat(body.get("answered").isBoolean()).isTrue();
        assertThat(body.get("tookMs").isNumber()).isTrue();
        JsonNode first = body.get("results").get(0);
        assertThat(fieldNames(first)).containsExactlyInAnyOrder("id", "question", "answer", "score", "source",
                "headingPath", "language", "confidence");
        assertThat(first.get("id").asText()).isEqualTo("0b778831-da0a-459e-b906-d99da99e44b4");
        assertThat(first.get("score").isNumber()).isTrue();
        assertThat(fieldNames(first.get("source"))).containsExactly("file", "line");
        assertThat(first.get("source").get("file").asText()).isEqualTo("notes/ru.md");
        assertThat(first.get("source").get("line").asInt()).isEqualTo(3);
    }

    @Test
    void russian_text_and_code_come_back_intact_as_utf8() throws Exception {
        HttpResponse<String> response = get("/api/v1/search?q=" + encode("запустить корутину") + "&limit=1");

        JsonNode first = JSON.readTree(response.body()).get("results").get(0);
        // JSON has no charset parameter (RFC 8259): it is UTF-8, which is how get() decodes the bytes.
        assertThat(first.get("question").asText()).isEqualTo(RUSSIAN_QUESTION);
        assertThat(first.get("answer").asText()).isEqualTo(RUSSIAN_ANSWER);
        assertThat(first.get("language").asText()).isEqualTo("ru");
        assertThat(JSON.readTree(response.body()).get("query").asText()).isEqualTo("запустить корутину");
    }

    @Test
    void limit_defaults_to_five() throws Exception {
        assertThat(results("/api/v1/search?q=event+loop")).hasSize(5);
    }

    @Test
    void limit_of_one_and_of_twenty_are_honoured() throws Exception {
        assertThat(results("/api/v1/search?q=event+loop&limit=1")).hasSize(1);
        assertThat(results("/api/v1/search?q=event+loop&limit=20")).hasSize(20);
    }

    @Test
    void a_query_of_exactly_1000_characters_is_accepted() throws Exception {
        assertThat(get("/api/v1/search?q=" + "a".repeat(1000)).statusCode()).isEqualTo(200);
    }

    @Test
    void lucene_syntax_in_the_query_is_plain_text() throws Exception {
        for (String q : List.of("a AND (", "title:*", "*x", "\"", "?", "\\", "[1 TO", "~2^3")) {
            HttpResponse<String> response = get("/api/v1/search?q=" + encode(q));
            assertThat(response.statusCode()).as(q).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("query").asText()).isEqualTo(q);
        }
    }

    // --- bad input ------------------------------------------------------------------------

    @Test
    void a_missing_q_is_a_400_saying_so() throws Exception {
        assertError(get("/api/v1/search"), 400, "missing query parameter 'q'");
    }

    @Test
    void a_blank_q_is_a_400_saying_so() throws Exception {
        assertError(get("/api/v1/search?q="), 400, "q must not be blank");
        assertError(get("/api/v1/search?q=%20%20%09"), 400, "q must not be blank");
    }

    @Test
    void a_q_of_1001_characters_is_a_400_saying_so() throws Exception {
        assertError(get("/api/v1/search?q=" + "a".repeat(1001)), 400, "q must be at most 1000 characters");
    }

    @Test
    void a_limit_out_of_range_is_a_400_saying_so() throws Exception {
        assertError(get("/api/v1/search?q=loop&limit=0"), 400, "limit must be between 1 and 20");
        assertError(get("/api/v1/search?q=loop&limit=21"), 400, "limit must be between 1 and 20");
        assertError(get("/api/v1/search?q=loop&limit=-3"), 400, "limit must be between 1 and 20");
    }

    @Test
    void a_limit_that_is_not_a_number_is_a_400_saying_so() throws Exception {
        assertError(get("/api/v1/search?q=loop&limit=abc"), 400, "limit must be a whole number, was 'abc'");
        assertError(get("/api/v1/search?q=loop&limit=1.5"), 400, "limit must be a whole number, was '1.5'");
    }

    @Test
    void a_missing_q_is_reported_before_a_bad_limit() throws Exception {
        assertError(get("/api/v1/search?limit=abc"), 400, "missing query parameter 'q'");
    }

    // --- questions by id, health, unknown routes ---------------------------------------------

    @Test
    void a_question_is_found_by_its_id() throws Exception {
        HttpResponse<String> response = get("/api/v1/questions/0b778831-da0a-459e-b906-d99da99e44b4");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("question").asText()).isEqualTo(RUSSIAN_QUESTION);
        assertThat(body.get("answer").asText()).isEqualTo(RUSSIAN_ANSWER);
        assertThat(body.get("source").get("line").asInt()).isEqualTo(3);
    }

    @Test
    void an_unknown_id_is_a_404_json_error() throws Exception {
        assertError(get("/api/v1/questions/no-such-id"), 404, "no question with id no-such-id");
    }

    @Test
    void an_unknown_route_is_a_404_json_error() throws Exception {
        assertError(get("/api/v1/nothing"), 404, "no such endpoint: GET /api/v1/nothing");
    }

    @Test
    void a_wrong_method_is_a_405_json_error_without_a_stack_trace() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/api/v1/search?q=loop"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertError(response, 405, "Method Not Allowed");
    }

    @Test
    void health_reports_up_the_number_of_blocks_and_the_last_reindex() throws Exception {
        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("blocks").asInt()).isEqualTo(EVENT_LOOP_BLOCKS + 1);
        assertThat(health.get("generation").asLong()).isPositive();
        assertThat(health.get("warnings").asInt()).isZero();
        assertThat(java.time.Instant.parse(health.get("lastReindex").asText())).isBefore(java.time.Instant.now());
    }

    // --- load -----------------------------------------------------------------------------

    @Test
    void eight_threads_of_fifty_searches_each_all_get_200() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<Integer>>> threads = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                threads.add(pool.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        statuses.add(get("/api/v1/search?q=event+loop+task+" + (thread * 50 + i) % EVENT_LOOP_BLOCKS)
                                .statusCode());
                    }
                    return statuses;
                }));
            }
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> thread : threads) {
                all.addAll(thread.get(60, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(400).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- helpers --------------------------------------------------------------------------

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + app.httpPort() + pathAndQuery);
    }

    private static JsonNode results(String pathAndQuery) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get("results");
    }

    private static void assertError(HttpResponse<String> response, int status, String message) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.createObjectNode().put("error", message));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
