package io.github.asyncioanswers.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where and how the query log is kept.
 *
 * @param dataDir      folder of the log files and the salt of hashed user ids
 * @param enabled      false keeps nothing on disk (feedback is still accepted, and forgotten)
 * @param maxFileBytes size at which the current log file is rotated
 * @param retention    how long rotated files are kept
 */
public record QueryLogSettings(Path dataDir, boolean enabled, long maxFileBytes, Duration retention) {

    public QueryLogSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(retention, "retention");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be at least 1, was " + maxFileBytes);
        }
    }

    /** The defaults of {@link Setting#DATA_DIR} and the query log settings. */
    public static QueryLogSettings defaults() {
        return new QueryLogSettings(Path.of(Setting.DATA_DIR.defaultValue()),
                Boolean.parseBoolean(Setting.QUERY_LOG_ENABLED.defaultValue()),
                Long.parseLong(Setting.QUERY_LOG_MAX_BYTES.defaultValue()),
                Duration.parse(Setting.QUERY_LOG_RETENTION.defaultValue()));
    }

    public QueryLogSettings withDataDir(Path dir) {
        return new QueryLogSettings(dir, enabled, maxFileBytes, retention);
    }

    public QueryLogSettings withEnabled(boolean on) {
        return new QueryLogSettings(dataDir, on, maxFileBytes, retention);
    }
}
