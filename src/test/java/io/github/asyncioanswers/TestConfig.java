package io.github.asyncioanswers;

import io.github.asyncioanswers.config.Config;
import io.github.asyncioanswers.config.ConfigLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Configurations for tests: temp folders, port 0 on loopback, no semantic model, a short debounce. */
public final class TestConfig {

    private TestConfig() {
    }

    public static Config of(Path notes, Path index, Duration debounce, boolean watch, Optional<String> adminToken) {
        Map<String, String> env = new HashMap<>();
        adminToken.ifPresent(token -> env.put("ADMIN_TOKEN", token));
        return ConfigLoader.load(Map.of("--notes", notes.toString(), "--index", index.toString(), "--port", "0",
                "--rate-limit-per-second", "0",
                "--host", "127.0.0.1", "--semantic-enabled", "false", "--watch-enabled", Boolean.toString(watch),
                "--reindex-debounce", Long.toString(debounce.toMillis()),
                "--data-dir", index.toAbsolutePath().resolveSibling("data").toString()), env);
    }
}
