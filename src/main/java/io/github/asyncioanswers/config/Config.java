package io.github.asyncioanswers.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The validated configuration of one run; {@link #toString()} masks the secrets. */
public record Config(
        String host,
        int port,
        Path notesDir,
        Path indexDir,
        Path glossaryFile,
        boolean semanticEnabled,
        Optional<Path> embeddingCacheDir,
        Duration reindexDebounce,
        boolean watchEnabled,
        Optional<String> telegramBotToken,
        URI telegramApiUrl,
        Set<Long> telegramAdminIds,
        Optional<String> adminToken,
        TelegramMode telegramMode,
        Optional<URI> telegramWebhookUrl,
        String telegramWebhookPath,
        Optional<String> telegramWebhookSecret,
        int telegramUserLimit,
        Operations operations,
        QueryLogSettings queryLog,
        int searchCacheSize) {

    public Config {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(notesDir, "notesDir");
        Objects.requireNonNull(indexDir, "indexDir");
        Objects.requireNonNull(glossaryFile, "glossaryFile");
        Objects.requireNonNull(embeddingCacheDir, "embeddingCacheDir");
        Objects.requireNonNull(reindexDebounce, "reindexDebounce");
        Objects.requireNonNull(telegramBotToken, "telegramBotToken");
        Objects.requireNonNull(telegramApiUrl, "telegramApiUrl");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(telegramMode, "telegramMode");
        Objects.requireNonNull(telegramWebhookUrl, "telegramWebhookUrl");
        Objects.requireNonNull(telegramWebhookPath, "telegramWebhookPath");
        Objects.requireNonNull(telegramWebhookSecret, "telegramWebhookSecret");
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(queryLog, "queryLog");
        telegramAdminIds = Set.copyOf(telegramAdminIds);
        if (telegramUserLimit < 1) {
            throw new IllegalArgumentException("telegramUserLimit must be at least 1, was " + telegramUserLimit);
        }
        if (searchCacheSize < 0) {
            throw new IllegalArgumentException("searchCacheSize must be at least 0, was " + searchCacheSize);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be within 0..65535, was " + port);
        }
    }

    /** The configuration without the Telegram webhook and rate-limit settings, which take their defaults. */
    public Config(String host, int port, Path notesDir, Path indexDir, Path glossaryFile, boolean semanticEnabled,
            Optional<Path> embeddingCacheDir, Duration reindexDebounce, boolean watchEnabled,
            Optional<String> telegramBotToken, URI telegramApiUrl, Set<Long> telegramAdminIds,
            Optional<String> adminToken, Operations operations) {
        this(host, port, notesDir, indexDir, glossaryFile, semanticEnabled, embeddingCacheDir, reindexDebounce,
                watchEnabled, telegramBotToken, telegramApiUrl, telegramAdminIds, adminToken, TelegramMode.POLLING,
                Optional.empty(), Setting.TELEGRAM_WEBHOOK_PATH.defaultValue(), Optional.empty(),
                Integer.parseInt(Setting.TELEGRAM_USER_LIMIT.defaultValue()), operations, QueryLogSettings.defaults(),
                Integer.parseInt(Setting.SEARCH_CACHE_SIZE.defaultValue()));
    }

    /**
     * A configuration with every default, for the given notes and index folders and port; the data folder
     * is beside the index, so that tests on temp folders write nothing into the working directory.
     */
    public static Config defaults(Path notesDir, Path indexDir, int port) {
        Config config = new Config("127.0.0.1", port, notesDir, indexDir, Path.of(Setting.GLOSSARY_FILE.defaultValue()),
                false, Optional.empty(), Duration.ofMillis(500), true, Optional.empty(),
                URI.create(Setting.TELEGRAM_API_URL.defaultValue()), Set.of(), Optional.empty(), Operations.defaults());
        return config.withQueryLog(QueryLogSettings.defaults().withDataDir(indexDir.toAbsolutePath().resolveSibling("data")));
    }

    /** The same configuration with other query log settings. */
    public Config withQueryLog(QueryLogSettings settings) {
        return new Config(host, port, notesDir, indexDir, glossaryFile, semanticEnabled, embeddingCacheDir,
                reindexDebounce, watchEnabled, telegramBotToken, telegramApiUrl, telegramAdminIds, adminToken,
                telegramMode, telegramWebhookUrl, telegramWebhookPath, telegramWebhookSecret, telegramUserLimit,
                operations, settings, searchCacheSize);
    }

    public Config withSemantic(boolean enabled) {
        return new Config(host, port, notesDir, indexDir, glossaryFile, enabled, embeddingCacheDir,
                reindexDebounce, watchEnabled, telegramBotToken, telegramApiUrl, telegramAdminIds, adminToken,
                telegramMode, telegramWebhookUrl, telegramWebhookPath, telegramWebhookSecret, telegramUserLimit,
                operations, queryLog, searchCacheSize);
    }

    /** The same configuration with a Telegram bot token and Bot API base URL, in polling mode. */
    public Config withTelegram(String token, URI apiUrl) {
        return new Config(host, port, notesDir, indexDir, glossaryFile, semanticEnabled, embeddingCacheDir,
                reindexDebounce, watchEnabled, Optional.of(token), apiUrl, telegramAdminIds, adminToken,
                TelegramMode.POLLING, telegramWebhookUrl, telegramWebhookPath, telegramWebhookSecret,
                telegramUserLimit, operations, queryLog, searchCacheSize);
    }

    /** The same configuration with the Telegram bot in webhook mode. */
    public Config withTelegramWebhook(URI publicUrl, String path, String secret) {
        return new Config(host, port, notesDir, indexDir, glossaryFile, semanticEnabled, embeddingCacheDir,
                reindexDebounce, watchEnabled, telegramBotToken, telegramApiUrl, telegramAdminIds, adminToken,
                TelegramMode.WEBHOOK, Optional.of(publicUrl), path, Optional.of(secret), telegramUserLimit,
                operations, queryLog, searchCacheSize);
    }

    public Config withOperations(Operations changed) {
        return new Config(host, port, notesDir, indexDir, glossaryFile, semanticEnabled, embeddingCacheDir,
                reindexDebounce, watchEnabled, telegramBotToken, telegramApiUrl, telegramAdminIds, adminToken,
                telegramMode, telegramWebhookUrl, telegramWebhookPath, telegramWebhookSecret, telegramUserLimit,
                changed, queryLog, searchCacheSize);
    }

    /** The same configuration with room for {@code size} cached answers (0 turns the cache off). */
    public Config withSearchCacheSize(int size) {
        return new Config(host, port, notesDir, indexDir, glossaryFile, semanticEnabled, embeddingCacheDir,
                reindexDebounce, watchEnabled, telegramBotToken, telegramApiUrl, telegramAdminIds, adminToken,
                telegramMode, telegramWebhookUrl, telegramWebhookPath, telegramWebhookSecret, telegramUserLimit,
                operations, queryLog, size);
    }

    @Override
    public String toString() {
        return "Config[host=" + host + ", port=" + port + ", notesDir=" + notesDir + ", indexDir=" + indexDir
                + ", glossaryFile=" + glossaryFile + ", semanticEnabled=" + semanticEnabled
                + ", embeddingCacheDir=" + embeddingCacheDir.map(Path::toString).orElse("")
                + ", reindexDebounce=" + reindexDebounce + ", watchEnabled=" + watchEnabled
                + ", telegramBotToken=" + mask(telegramBotToken) + ", telegramApiUrl=" + telegramApiUrl
                + ", telegramAdminIds=" + telegramAdminIds + ", adminToken=" + mask(adminToken)
                + ", telegramMode=" + telegramMode + ", telegramWebhookUrl=" + telegramWebhookUrl.map(URI::toString).orElse("")
                + ", telegramWebhookPath=" + telegramWebhookPath + ", telegramWebhookSecret=" + mask(telegramWebhookSecret)
                + ", telegramUserLimit=" + telegramUserLimit + ", operations=" + operations
                + ", queryLog=" + queryLog + ", searchCacheSize=" + searchCacheSize + "]";
    }

    private static String mask(Optional<String> secret) {
        return secret.isPresent() ? "***" : "(not set)";
    }
}
