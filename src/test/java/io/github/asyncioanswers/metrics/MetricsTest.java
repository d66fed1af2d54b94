package io.github.asyncioanswers.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.App;
import io.github.asyncioanswers.config.Config;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void the_metrics_endpoint_shows_requests_by_route_template_searches_index_reindex_and_jvm(@TempDir Path dir)
            throws Exception {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "## How to cancel a task\n\nCall `task.cancel()`.\n");
        try (App app = App.open(Config.defaults(notes, dir.resolve("index"), 0)).start()) {
            get(app, "/api/v1/search?q=how+to+cancel+a+task");
            get(app, "/api/v1/search?q=zebra+giraffe");
            get(app, "/api/v1/questions/secret-looking-id-123");

            HttpResponse<String> response = get(app, "/metrics");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains(Metrics.contentType());
            List<String> lines = response.body().lines().toList();
            assertThat(lines).anyMatch(line -> line.startsWith("http_server_requests_seconds_count{")
                    && line.contains("route=\"/api/v1/questions/{id}\"") && line.contains("status=\"404\""));
            assertThat(lines).anyMatch(line -> line.startsWith("http_server_requests_seconds_bucket{")
                    && line.contains("route=\"/api/v1/search\"") && line.contains("le=\"0.1\""));
            assertThat(response.body()).doesNotContain("secret-looking-id-123");
            assertThat(lines).contains("asyncio_searches_seconds_count{answered=\"true\"} 1",
                    "asyncio_searches_seconds_count{answered=\"false\"} 1",
                    "asyncio_index_blocks 1.0", "asyncio_reindex_seconds_count 1",
                    "asyncio_reindex_warnings_total 0.0", "asyncio_reindex_failures_total 0.0",
                    "asyncio_telegram_updates_total{outcome=\"handled\"} 0.0",
                    "asyncio_telegram_send_retries_total 0.0");
            assertThat(lines).anyMatch(line -> line.startsWith("asyncio_index_generation "));
            assertThat(lines).anyMatch(line -> line.startsWith("jvm_memory_used_bytes{"));
            assertThat(lines).anyMatch(line -> line.startsWith("jvm_threads_live_threads "));
            assertThat(lines).anyMatch(line -> line.startsWith("jvm_gc_"));
        }
    }

    @Test
    void reindex_failures_and_telegram_events_are_counted() {
        try (Metrics metrics = new Metrics()) {
            metrics.reindexFailed();
            metrics.reindexed(Duration.ofMillis(30), 2);
            metrics.telegramUpdate(true);
            metrics.telegramUpdate(false);
            metrics.telegramUpdate(false);
            metrics.telegramSendRetried();

            assertThat(metrics.scrape().lines().toList()).contains("asyncio_reindex_failures_total 1.0",
                    "asyncio_reindex_warnings_total 2.0", "asyncio_reindex_seconds_count 1",
                    "asyncio_telegram_updates_total{outcome=\"handled\"} 1.0",
                    "asyncio_telegram_updates_total{outcome=\"failed\"} 2.0",
                    "asyncio_telegram_send_retries_total 1.0");
        }
    }

    private HttpResponse<String> get(App app, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.httpPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
