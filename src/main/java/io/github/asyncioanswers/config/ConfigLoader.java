package io.github.asyncioanswers.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the configuration: defaults, then the config file, then environment variables, then
 * command-line flags, each overriding the one before. Validates everything once.
 */
public final class ConfigLoader {

    public static final String DEFAULT_CONFIG_FILE = "config/application.properties";
    public static final String CONFIG_FLAG = "--config";
    public static final String CONFIG_ENV = "CONFIG_FILE";

    private ConfigLoader() {
    }

    /**
     * @param flags command-line flags by name (e.g. {@code --port}) to value
     * @param env   the environment
     * @throws ConfigException naming the setting and the value seen when something is wrong
     */
    public static Config load(Map<String, String> flags, Map<String, String> env) {
        Map<Setting, Sourced> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, new Sourced(setting.defaultValue(), "default"));
        }
        readFile(flags, env).forEach(values::put);
        for (Setting setting : Setting.values()) {
            String fromEnv = env.get(setting.envVar());
            if (fromEnv != null) {
                values.put(setting, new Sourced(fromEnv, "environment variable " + setting.envVar()));
            }
            setting.flag().map(flags::get)
                    .ifPresent(value -> values.put(setting, new Sourced(value, "flag " + setting.flag().get())));
        }
        return build(values);
    }

    private record Sourced(String value, String source) {
    }

    private static Map<Setting, Sourced> readFile(Map<String, String> flags, Map<String, String> env) {
        String named = flags.getOrDefault(CONFIG_FLAG, env.get(CONFIG_ENV));
        Path file = Path.of(named == null ? DEFAULT_CONFIG_FILE : named);
        if (!Files.exists(file)) {
            if (named != null) {
                throw new ConfigException("config file not found: " + file);
            }
            return Map.of();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        Map<String, Setting> byKey = Arrays.stream(Setting.values())
                .collect(Collectors.toMap(Setting::key, s -> s));
        Map<Setting, Sourced> values = new EnumMap<>(Setting.class);
        for (String key : properties.stringPropertyNames()) {
            Setting setting = byKey.get(key);
            if (setting == null) {
                throw new ConfigException("unknown setting '" + key + "' in " + file);
            }
            if (setting.secret() && !properties.getProperty(key).isBlank()) {
                throw new ConfigException(key + " is a secret: set the environment variable "
                        + setting.envVar() + " instead of writing it in " + file);
            }
            values.put(setting, new Sourced(properties.getProperty(key).trim(), file.toString()));
        }
        return values;
    }

    private static Config build(Map<Setting, Sourced> v) {
        Config config = config(v);
        if (config.telegramMode() == TelegramMode.WEBHOOK && config.telegramBotToken().isPresent()) {
            if (config.telegramWebhookUrl().isEmpty()) {
                throw invalid(Setting.TELEGRAM_WEBHOOK_URL, v.get(Setting.TELEGRAM_WEBHOOK_URL),
                        "the public https URL of the webhook when telegram.mode is webhook");
            }
            if (config.telegramWebhookSecret().isEmpty()) {
                throw new ConfigException("telegram.mode is webhook: set the environment variable "
                        + Setting.TELEGRAM_WEBHOOK_SECRET.envVar() + " too");
            }
        }
        return config;
    }

    private static Config config(Map<Setting, Sourced> v) {
        return new Config(
                v.get(Setting.HOST).value(),
                port(v.get(Setting.PORT)),
                path(v.get(Setting.NOTES_DIR), Setting.NOTES_DIR),
                path(v.get(Setting.INDEX_DIR), Setting.INDEX_DIR),
                path(v.get(Setting.GLOSSARY_FILE), Setting.GLOSSARY_FILE),
                bool(v.get(Setting.SEMANTIC_ENABLED), Setting.SEMANTIC_ENABLED),
                optional(v.get(Setting.EMBEDDING_CACHE_DIR)).map(Path::of),
                duration(v.get(Setting.REINDEX_DEBOUNCE), Setting.REINDEX_DEBOUNCE),
                bool(v.get(Setting.WATCH_ENABLED), Setting.WATCH_ENABLED),
                optional(v.get(Setting.TELEGRAM_BOT_TOKEN)),
                url(v.get(Setting.TELEGRAM_API_URL), Setting.TELEGRAM_API_URL),
                ids(v.get(Setting.TELEGRAM_ADMIN_IDS), Setting.TELEGRAM_ADMIN_IDS),
                optional(v.get(Setting.ADMIN_TOKEN)),
                mode(v.get(Setting.TELEGRAM_MODE)),
                optional(v.get(Setting.TELEGRAM_WEBHOOK_URL)).map(u -> url(v.get(Setting.TELEGRAM_WEBHOOK_URL),
                        Setting.TELEGRAM_WEBHOOK_URL)),
                webhookPath(v.get(Setting.TELEGRAM_WEBHOOK_PATH)),
                webhookSecret(v.get(Setting.TELEGRAM_WEBHOOK_SECRET)),
                positive(v.get(Setting.TELEGRAM_USER_LIMIT), Setting.TELEGRAM_USER_LIMIT),
                operations(v),
                queryLog(v));
    }

    private static QueryLogSettings queryLog(Map<Setting, Sourced> v) {
        return new QueryLogSettings(path(v.get(Setting.DATA_DIR), Setting.DATA_DIR),
                bool(v.get(Setting.QUERY_LOG_ENABLED), Setting.QUERY_LOG_ENABLED),
                positive(v.get(Setting.QUERY_LOG_MAX_BYTES), Setting.QUERY_LOG_MAX_BYTES),
                duration(v.get(Setting.QUERY_LOG_RETENTION), Setting.QUERY_LOG_RETENTION));
    }

    private static Operations operations(Map<Setting, Sourced> v) {
        return new Operations(
                logFormat(v.get(Setting.LOG_FORMAT)),
                number(v.get(Setting.HTTP_MAX_REQUEST_BYTES), Setting.HTTP_MAX_REQUEST_BYTES, 1, Integer.MAX_VALUE),
                (int) number(v.get(Setting.HTTP_MAX_HEADER_BYTES), Setting.HTTP_MAX_HEADER_BYTES, 1024, 1 << 20),
                rate(v.get(Setting.RATE_LIMIT_PER_SECOND)),
                (int) number(v.get(Setting.RATE_LIMIT_BURST), Setting.RATE_LIMIT_BURST, 1, 1_000_000),
                List.of(v.get(Setting.CORS_ALLOWED_ORIGINS).value().split(",")).stream()
                        .map(String::trim).filter(s -> !s.isEmpty()).toList(),
                duration(v.get(Setting.SHUTDOWN_TIMEOUT), Setting.SHUTDOWN_TIMEOUT));
    }

    private static LogFormat logFormat(Sourced value) {
        return switch (value.value().trim().toLowerCase(Locale.ROOT)) {
            case "text" -> LogFormat.TEXT;
            case "json" -> LogFormat.JSON;
            default -> throw invalid(Setting.LOG_FORMAT, value, "text or json");
        };
    }

    private static long number(Sourced value, Setting setting, long min, long max) {
        return number(value, setting, min, max, "a whole number " + min + ".." + max);
    }

    private static long number(Sourced value, Setting setting, long min, long max, String expected) {
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

    private static double rate(Sourced value) {
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

    private static ConfigException invalid(Setting setting, Sourced value, String expected) {
        String seen = setting.secret() ? "***" : "'" + value.value() + "'";
        return new ConfigException("invalid " + setting.key() + " " + seen + " (from " + value.source()
                + "): expected " + expected);
    }

    private static int port(Sourced value) {
        return (int) number(value, Setting.PORT, 0, 65535, "a port number 0..65535");
    }

    private static Path path(Sourced value, Setting setting) {
        if (value.value().isBlank()) {
            throw invalid(setting, value, "a path");
        }
        return Path.of(value.value().trim());
    }

    private static boolean bool(Sourced value, Setting setting) {
        return switch (value.value().trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw invalid(setting, value, "true or false");
        };
    }

    private static Duration duration(Sourced value, Setting setting) {
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

    private static URI url(Sourced value, Setting setting) {
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

    private static Set<Long> ids(Sourced value, Setting setting) {
        try {
            return Arrays.stream(value.value().split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).map(Long::parseLong).collect(Collectors.toSet());
        } catch (NumberFormatException e) {
            throw invalid(setting, value, "comma-separated numeric user ids");
        }
    }

    private static TelegramMode mode(Sourced value) {
        return switch (value.value().trim().toLowerCase(Locale.ROOT)) {
            case "polling" -> TelegramMode.POLLING;
            case "webhook" -> TelegramMode.WEBHOOK;
            default -> throw invalid(Setting.TELEGRAM_MODE, value, "polling or webhook");
        };
    }

    private static String webhookPath(Sourced value) {
        String path = value.value().trim();
        if (path.matches("/[A-Za-z0-9_/.-]*") && !path.startsWith("/api/")) {
            return path;
        }
        throw invalid(Setting.TELEGRAM_WEBHOOK_PATH, value, "a path such as /telegram/webhook, outside /api/");
    }

    private static Optional<String> webhookSecret(Sourced value) {
        Optional<String> secret = optional(value);
        if (secret.isPresent() && !secret.get().matches("[A-Za-z0-9_-]{1,256}")) {
            throw invalid(Setting.TELEGRAM_WEBHOOK_SECRET, value, "1 to 256 characters of A-Z, a-z, 0-9, _ and -");
        }
        return secret;
    }

    private static int positive(Sourced value, Setting setting) {
        try {
            int number = Integer.parseInt(value.value().trim());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the value seen
        }
        throw invalid(setting, value, "a whole number of at least 1");
    }

    private static Optional<String> optional(Sourced value) {
        return value.value().isBlank() ? Optional.empty() : Optional.of(value.value().trim());
    }
}
