package io.github.asyncioanswers.http;

import java.util.Map;
import java.util.Objects;

/** An extra {@code POST} endpoint that another part of the app serves through our HTTP server (e.g. a webhook). */
public record PostRoute(String path, Handler handler) {

    /** Takes the raw body and the request headers (names in lower case) and returns the HTTP status to answer. */
    @FunctionalInterface
    public interface Handler {
        int handle(String body, Map<String, String> headers) throws Exception;
    }

    public PostRoute {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /, was " + path);
        }
    }
}
