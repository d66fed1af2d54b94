package io.github.asyncioanswers.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.App;
import io.github.asyncioanswers.TestApps;
import io.github.asyncioanswers.TestHttp;
import io.github.asyncioanswers.TestNotes;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/v1/reindex on a real server: a bearer token guards it, and without one it is closed. */
class AdminReindexTest {

    private static final String TOKEN = "s3cret-admin-token";

    @TempDir
    Path temp;

    private App start(Optional<String> token) throws IOException {
        return TestApps.onTwoNotes(temp, token);
    }

    @Test
    void without_a_configured_token_the_endpoint_is_disabled() throws IOException {
        try (App app = start(Optional.empty())) {
            HttpResponse<String> response = new TestHttp(app.httpPort()).post("/api/v1/reindex",
                    Optional.of("Bearer anything"));
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.body())
                    .isEqualTo("{\"error\":\"admin endpoints are disabled: no ADMIN_TOKEN is configured\"}");
        }
    }

    @Test
    void a_missing_token_is_refused() throws IOException {
        try (App app = start(Optional.of(TOKEN))) {
            HttpResponse<String> response = new TestHttp(app.httpPort()).post("/api/v1/reindex", Optional.empty());
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(response.body())
                    .isEqualTo("{\"error\":\"missing header 'Authorization: Bearer <admin token>'\"}");
        }
    }

    @Test
    void a_wrong_token_is_refused() throws IOException {
        try (App app = start(Optional.of(TOKEN))) {
            TestHttp http = new TestHttp(app.httpPort());
            for (String header : new String[] {"Bearer wrong", "Bearer " + TOKEN + "x", "Basic " + TOKEN, TOKEN}) {
                HttpResponse<String> response = http.post("/api/v1/reindex", Optional.of(header));
                assertThat(response.statusCode()).as(header).isEqualTo(401);
            }
            assertThat(http.post("/api/v1/reindex", Optional.of("Bearer wrong")).body())
                    .isEqualTo("{\"error\":\"wrong admin token\"}");
        }
    }

    @Test
    void the_right_token_rebuilds_and_reports_what_changed() throws IOException {
        try (App app = start(Optional.of(TOKEN))) {
            Files.writeString(temp.resolve("notes/b.md"), "orphan text\n\n" + TestNotes.block("gamma"));
            HttpResponse<String> response = new TestHttp(app.httpPort()).post("/api/v1/reindex",
                    Optional.of("Bearer " + TOKEN));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).startsWith("{\"blocks\":3,\"added\":1,\"updated\":0,\"removed\":0,"
                    + "\"warnings\":[{\"file\":\"notes/b.md\",\"line\":1,\"message\":\"text before the first heading "
                    + "belongs to no question and is not indexed\"}],\"tookMs\":");
        }
    }

    @Test
    void a_rebuild_without_a_notes_folder_fails_and_the_last_index_keeps_serving() throws IOException {
        try (App app = start(Optional.of(TOKEN))) {
            Files.delete(temp.resolve("notes/a.md"));
            Files.delete(temp.resolve("notes"));
            TestHttp http = new TestHttp(app.httpPort());
            HttpResponse<String> response = http.post("/api/v1/reindex", Optional.of("Bearer " + TOKEN));
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo("{\"error\":\"reindex failed, the last good index keeps serving: "
                    + "notes folder not found: " + temp.resolve("notes") + "\"}");
            assertThat(http.get("/health").body()).contains("\"blocks\":2");
        }
    }

    @Test
    void concurrent_rebuilds_are_serialized_and_all_succeed() throws IOException {
        try (App app = start(Optional.of(TOKEN))) {
            TestHttp http = new TestHttp(app.httpPort());
            var calls = java.util.stream.IntStream.range(0, 4).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                    http.post("/api/v1/reindex", Optional.of("Bearer " + TOKEN)))).toList();
            for (CompletableFuture<HttpResponse<String>> call : calls) {
                assertThat(call.join().statusCode()).isEqualTo(200);
                assertThat(call.join().body()).startsWith("{\"blocks\":2,");
            }
            assertThat(app.searcher().size()).isEqualTo(2);
        }
    }
}
