package io.github.asyncioanswers.telegram;

import java.net.URI;
import java.util.Objects;

/**
 * Webhook mode: Telegram posts updates to {@code publicUrl}, which our HTTP server serves at {@code path},
 * and proves it is Telegram by sending {@code secret}; {@link #toString()} masks the secret.
 */
public record Webhook(URI publicUrl, String path, String secret) {

    public Webhook {
        Objects.requireNonNull(publicUrl, "publicUrl");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(secret, "secret");
        if (!secret.matches("[A-Za-z0-9_-]{1,256}")) {
            throw new IllegalArgumentException("the webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -");
        }
    }

    @Override
    public String toString() {
        return "Webhook[publicUrl=" + publicUrl + ", path=" + path + ", secret=***]";
    }
}
