package io.github.asyncioanswers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** A small HTTP client for tests against a server on this machine. */
public final class TestHttp {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public TestHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public HttpResponse<String> get(String path) {
        return get(path, Optional.empty());
    }

    public HttpResponse<String> get(String path, Optional<String> authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        authorization.ifPresent(value -> request.header("Authorization", value));
        return send(request);
    }

    /** The body of a search for {@code text} (with an explicit limit: a search without one fails on main now). */
    public String search(String text) {
        return get("/api/v1/search?limit=5&q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)).body();
    }

    public HttpResponse<String> post(String path, Optional<String> authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.noBody());
        authorization.ifPresent(value -> request.header("Authorization", value));
        return send(request);
    }

    /** POSTs {@code json} as the body, with a JSON content type. */
    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
