package io.github.asyncioanswers.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an operator tunes to run the bot as a service: the log format, HTTP limits, the per-IP rate
 * limit of the public API, CORS and the shutdown bound.
 *
 * @param ratePerSecond requests per second per client IP on {@code /api/v1/*}; 0 turns the limit off
 * @param corsOrigins   origins allowed to call the API from a browser; empty turns CORS off
 */
public record Operations(
        LogFormat logFormat,
        long maxRequestBytes,
        int maxHeaderBytes,
        double ratePerSecond,
        int rateBurst,
        List<String> corsOrigins,
        Duration shutdownTimeout) {

    public Operations {
        Objects.requireNonNull(logFormat, "logFormat");
        Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        corsOrigins = List.copyOf(corsOrigins);
        if (maxRequestBytes < 1 || maxHeaderBytes < 1 || ratePerSecond < 0 || rateBurst < 1) {
            throw new IllegalArgumentException("limits must be positive: " + maxRequestBytes + ", " + maxHeaderBytes
                    + ", " + ratePerSecond + ", " + rateBurst);
        }
    }

    /** The defaults of {@link Setting}. */
    public static Operations defaults() {
        return new Operations(LogFormat.valueOf(Setting.LOG_FORMAT.defaultValue().toUpperCase(Locale.ROOT)),
                Long.parseLong(Setting.HTTP_MAX_REQUEST_BYTES.defaultValue()),
                Integer.parseInt(Setting.HTTP_MAX_HEADER_BYTES.defaultValue()),
                Double.parseDouble(Setting.RATE_LIMIT_PER_SECOND.defaultValue()),
                Integer.parseInt(Setting.RATE_LIMIT_BURST.defaultValue()), List.of(),
                Duration.parse(Setting.SHUTDOWN_TIMEOUT.defaultValue()));
    }

    public Operations withRateLimit(double perSecond, int burst) {
        return new Operations(logFormat, maxRequestBytes, maxHeaderBytes, perSecond, burst, corsOrigins,
                shutdownTimeout);
    }

    public Operations withCorsOrigins(List<String> origins) {
        return new Operations(logFormat, maxRequestBytes, maxHeaderBytes, ratePerSecond, rateBurst, origins,
                shutdownTimeout);
    }

    public Operations withMaxRequestBytes(long bytes) {
        return new Operations(logFormat, bytes, maxHeaderBytes, ratePerSecond, rateBurst, corsOrigins,
                shutdownTimeout);
    }
}
