package io.github.asyncioanswers.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the text of a setting into its type, failing with the setting's key, the value seen and where it came from. */
final class SettingValues {

    private SettingValues() {
    }

    static LogFormat logFormat(SettingValue value) {
        return switch (value.value().trim().toLowerCase(Locale.ROOT)) {
            case "text" -> LogFormat.TEXT;
            case "json" -> LogFormat.JSON;
            default -> throw invalid(Setting.LOG_FORMAT, value, "text or json");
        };
    }

    static long number(SettingValue value, Setting setting, long min, long max) {
        return number(value, setting, min, max, "a whole number " + min + ".." + max);
    }

    static long number(SettingValue value, Setting setting, long min, long max, String expected) {
        try {
            long number = Long.parseLong(value.value().trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the value seen
        }
        throw invalid(setting, value, expected);
    }

    static double rate(SettingValue value) {
        try {
            double rate = Double.parseDouble(value.value().trim());
            if (rate >= 0 && rate <= 1_000_000) {
                return rate;
            }
        } catch (NumberFormatException e) {
            // reported below with the value seen
        }
        throw invalid(Setting.RATE_LIMIT_PER_SECOND, value, "a number of requests per second 0..1000000");
    }

    static ConfigException invalid(Setting setting, SettingValue value, String expected) {
        String seen = setting.secret() ? "***" : "'" + value.value() + "'";
        return new ConfigException("invalid " + setting.key() + " " + seen + " (from " + value.source()
                + "): expected " + expected);
    }

    static int port(SettingValue value) {
        return (int) number(value, Setting.PORT, 0, 65535, "a port number 0..65535");
    }

    static Path path(SettingValue value, Setting setting) {
        if (value.value().isBlank()) {
            throw invalid(setting, value, "a path");
        }
        return Path.of(value.value().trim());
    }

    static boolean bool(SettingValue value, Setting setting) {
        return switch (value.value().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw invalid(setting, value, "true or false");
        };
    }

    static Duration duration(SettingValue value, Setting setting) {
        String text = value.value().trim();
        try {
            Duration duration = text.matches("\\d+") ? Duration.ofMillis(Long.parseLong(text)) : Duration.parse(text);
            if (!duration.isNegative()) {
                return duration;
            }
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            // reported below with the value seen
        }
        throw invalid(setting, value, "milliseconds or an ISO-8601 duration such as PT0.5S");
    }

    static URI url(SettingValue value, Setting setting) {
        try {
            URI uri = URI.create(value.value().trim());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below with the value seen
        }
        throw invalid(setting, value, "an http(s) URL");
    }

    static Set<Long> ids(SettingValue value, Setting setting) {
        try {
            return Arrays.stream(value.value().split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).map(Long::parseLong).collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            throw invalid(setting, value, "comma-separated numeric user ids");
        }
    }

    static TelegramMode mode(SettingValue value) {
        return switch (value.value().trim().toLowerCase(Locale.ROOT)) {
            case "polling" -> TelegramMode.POLLING;
            case "webhook" -> TelegramMode.WEBHOOK;
            default -> throw invalid(Setting.TELEGRAM_MODE, value, "polling or webhook");
        };
    }

    static String webhookPath(SettingValue value) {
        String path = value.value().trim();
        if (path.matches("/[A-Za-z0-9_/.-]*") && !path.startsWith("/api/")) {
            return path;
        }
        throw invalid(Setting.TELEGRAM_WEBHOOK_PATH, value, "a path such as /telegram/webhook, outside /api/");
    }

    static Optional<String> webhookSecret(SettingValue value) {
        Optional<String> secret = optional(value);
        if (secret.isPresent() && !secret.get().matches("[A-Za-z0-9_-]{1,256}")) {
            throw invalid(Setting.TELEGRAM_WEBHOOK_SECRET, value, "1 to 256 characters of A-Z, a-z, 0-9, _ and -");
        }
        return secret;
    }

    static long positive(SettingValue value, Setting setting) {
        return number(value, setting, 1, Long.MAX_VALUE, "a whole number of at least 1");
    }

    static Optional<String> optional(SettingValue value) {
        return value.value().isBlank() ? Optional.empty() : Optional.of(value.value().trim());
    }
}
