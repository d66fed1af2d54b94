package io.github.asyncioanswers.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.asyncioanswers.App;
import io.github.asyncioanswers.config.Config;
import io.github.asyncioanswers.config.Operations;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HardeningTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALLOWED_ORIGIN = "https://allowed.example";

    @TempDir
    static Path dir;
    /** The defaults: CORS off. */
    private static App plain;
    /** CORS for one origin, a 1000-byte body limit and a rate limit of 1 per second, burst 2. */
    private static App strict;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "## How to cancel a task\n\nCall `task.cancel()`.\n");
        plain = App.open(Config.defaults(notes, dir.resolve("plain"), 0)).start();
        strict = App.open(Config.defaults(notes, dir.resolve("strict"), 0).withOperations(Operations.defaults()
                .withCorsOrigins(List.of(ALLOWED_ORIGIN)).withMaxRequestBytes(1000).withRateLimit(1, 2))).start();
    }

    @AfterAll
    static void stop() {
        plain.close();
        strict.close();
    }

    @Test
    void security_headers_are_on_every_response_found_or_not() throws Exception {
        for (String path : List.of("/health", "/api/v1/search?q=cancel", "/openapi.json", "/nothing")) {
            HttpResponse<String> response = send(plain, HttpRequest.newBuilder(uri(plain, path)));

            assertThat(response.headers().map()).as(path)
                    .containsEntry("x-content-type-options", List.of("nosniff"))
                    .containsEntry("x-frame-options", List.of("deny")) // Javalin's spelling; case-insensitive
                    .containsEntry("referrer-policy", List.of("no-referrer"))
                    .containsEntry("content-security-policy", List.of("default-src 'self'"));
        }
    }

    @Test
    void the_server_does_not_tell_its_version() throws Exception {
        assertThat(send(plain, HttpRequest.newBuilder(uri(plain, "/health"))).headers().firstValue("Server")).isEmpty();
    }

    @Test
    void cors_is_off_by_default() throws Exception {
        HttpResponse<String> response = send(plain, HttpRequest.newBuilder(uri(plain, "/health"))
                .header("Origin", ALLOWED_ORIGIN));

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void cors_allows_exactly_the_configured_origins() throws Exception {
        HttpResponse<String> allowed = send(strict, HttpRequest.newBuilder(uri(strict, "/health"))
                .header("Origin", ALLOWED_ORIGIN));
        HttpResponse<String> other = send(strict, HttpRequest.newBuilder(uri(strict, "/health"))
                .header("Origin", "https://evil.example"));

        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED_ORIGIN);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void headers_larger_than_the_limit_are_a_431() throws Exception {
        HttpResponse<String> response = send(plain, HttpRequest.newBuilder(uri(plain, "/health"))
                .header("X-Padding", "a".repeat(Operations.defaults().maxHeaderBytes() + 1)));

        assertThat(response.statusCode()).isEqualTo(431);
    }

    @Test
    void a_body_larger_than_the_limit_is_a_413_json_error() throws Exception {
        HttpResponse<String> response = send(strict, HttpRequest.newBuilder(uri(strict, "/api/v1/search"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(1001))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("error").asText())
                .isEqualTo("request body too large: at most 1000 bytes");
    }

    @Test
    void the_public_api_is_rate_limited_per_ip_with_retry_after_and_a_json_error() throws Exception {
        List<Integer> statuses = new java.util.ArrayList<>();
        HttpResponse<String> limited = null;
        for (int i = 0; i < 4 && limited == null; i++) {
            HttpResponse<String> response = send(strict, HttpRequest.newBuilder(uri(strict, "/api/v1/search?q=cancel")));
            statuses.add(response.statusCode());
            limited = response.statusCode() == 429 ? response : null;
        }

        assertThat(statuses).startsWith(200, 200).endsWith(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("1");
        assertThat(limited.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JSON.readTree(limited.body()).get("error").asText()).isEqualTo("too many requests: retry after 1 s");
        assertThat(limited.headers().firstValue(RequestLog.REQUEST_ID_HEADER)).isPresent();
        // Health checks and metrics scrapes are not part of the public API and are never limited.
        for (int i = 0; i < 5; i++) {
            assertThat(send(strict, HttpRequest.newBuilder(uri(strict, "/health"))).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void a_stop_returns_within_the_shutdown_timeout_and_then_refuses_connections(@TempDir Path other)
            throws Exception {
        Path notes = Files.createDirectory(other.resolve("notes"));
        App app = App.open(Config.defaults(notes, other.resolve("index"), 0)).start();
        URI health = uri(app, "/health");
        assertThat(send(app, HttpRequest.newBuilder(health)).statusCode()).isEqualTo(200);

        long start = System.nanoTime();
        app.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Operations.defaults().shutdownTimeout());
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(health).build(),
                HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
    }

    private static HttpResponse<String> send(App app, HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(App app, String path) {
        return URI.create("http://127.0.0.1:" + app.httpPort() + path);
    }
}
