package io.github.asyncioanswers.config;

import static io.github.asyncioanswers.config.SettingValues.*;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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
        Map<Setting, SettingValue> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            values.put(setting, new SettingValue(setting.defaultValue(), "default"));
        }
        readFile(flags, env).forEach(values::put);
        for (Setting setting : Setting.values()) {
            String fromEnv = env.get(setting.envVar());
            if (fromEnv != null) {
                values.put(setting, new SettingValue(fromEnv, "environment variable " + setting.envVar()));
            }
            setting.flag().map(flags::get)
                    .ifPresent(value -> values.put(setting, new SettingValue(value, "flag " + setting.flag().get())));
        }
        return build(values);
    }

    private static Map<Setting, SettingValue> readFile(Map<String, String> flags, Map<String, String> env) {
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
        Map<Setting, SettingValue> values = new EnumMap<>(Setting.class);
        for (String key : properties.stringPropertyNames()) {
            Setting setting = byKey.get(key);
            if (setting == null) {
                throw new ConfigException("unknown setting '" + key + "' in " + file);
            }
            if (setting.secret() && !properties.getProperty(key).isBlank()) {
                throw new ConfigException(key + " is a secret: set the environment variable "
                        + setting.envVar() + " instead of writing it in " + file);
            }
            values.put(setting, new SettingValue(properties.getProperty(key).trim(), file.toString()));
        }
        return values;
    }

    private static Config build(Map<Setting, SettingValue> v) {
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

    private static Config config(Map<Setting, SettingValue> v) {
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
                (int) number(v.get(Setting.TELEGRAM_USER_LIMIT), Setting.TELEGRAM_USER_LIMIT, 1, Integer.MAX_VALUE,
                        "a whole number of at least 1"),
                operations(v),
                queryLog(v),
                (int) number(v.get(Setting.SEARCH_CACHE_SIZE), Setting.SEARCH_CACHE_SIZE, 0, 1_000_000));
    }

    private static QueryLogSettings queryLog(Map<Setting, SettingValue> v) {
        return new QueryLogSettings(path(v.get(Setting.DATA_DIR), Setting.DATA_DIR),
                bool(v.get(Setting.QUERY_LOG_ENABLED), Setting.QUERY_LOG_ENABLED),
                positive(v.get(Setting.QUERY_LOG_MAX_BYTES), Setting.QUERY_LOG_MAX_BYTES),
                duration(v.get(Setting.QUERY_LOG_RETENTION), Setting.QUERY_LOG_RETENTION));
    }

    private static Operations operations(Map<Setting, SettingValue> v) {
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
}
