package io.github.asyncioanswers.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.App;
import io.github.asyncioanswers.LogCapture;
import io.github.asyncioanswers.config.Config;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLogTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TempDir
    static Path dir;
    private static App app;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        app = App.open(Config.defaults(notes, dir.resolve("index"), 0)).start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void every_response_carries_a_new_request_id() throws Exception {
        String first = get(HttpRequest.newBuilder(uri("/health"))).headers().firstValue("X-Request-Id").orElseThrow();
        String second = get(HttpRequest.newBuilder(uri("/nothing"))).headers().firstValue("X-Request-Id").orElseThrow();

        assertThat(first).matches(UUID);
        assertThat(second).matches(UUID).isNotEqualTo(first);
    }

    @Test
    void a_sane_incoming_request_id_is_kept_and_anything_else_replaced() throws Exception {
        assertThat(get(HttpRequest.newBuilder(uri("/health")).header("X-Request-Id", "edge-42.a_b"))
                .headers().firstValue("X-Request-Id")).contains("edge-42.a_b");
        for (String bad : new String[] {"has space", "a".repeat(65), "quote\"", "<script>"}) {
            assertThat(get(HttpRequest.newBuilder(uri("/health")).header("X-Request-Id", bad))
                    .headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).matches(UUID));
        }
    }

    @Test
    void each_request_is_one_log_line_with_request_id_route_status_and_ms() throws Exception {
        String id;
        String log;
        try (LogCapture capture = new LogCapture()) {
            id = get(HttpRequest.newBuilder(uri("/api/v1/questions/abc"))).headers().firstValue("X-Request-Id")
                    .orElseThrow();
            log = capture.textOnce(text -> text.contains("requestId=\"" + id + "\""));
        }

        assertThat(log.lines().filter(line -> line.contains(id))).singleElement().asString()
                .contains("INFO", "RequestLog - GET /api/v1/questions/abc", "requestId=\"" + id + "\"",
                        "route=\"/api/v1/questions/{id}\"", "status=\"404\"")
                .containsPattern("ms=\"\\d+\"");
    }

    @Test
    void an_unknown_path_is_logged_under_one_route_name() throws Exception {
        String log;
        try (LogCapture capture = new LogCapture()) {
            get(HttpRequest.newBuilder(uri("/random/path/123")));
            log = capture.textOnce(text -> text.contains("GET /random/path/123"));
        }

        assertThat(log).contains("GET /random/path/123", "route=\"" + RequestLog.UNMATCHED + "\"", "status=\"404\"");
    }

    private static HttpResponse<String> get(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.httpPort() + path);
    }
}
