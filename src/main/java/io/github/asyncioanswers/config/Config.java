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
        Operations operations) {

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
        Objects.requireNonNull(operations, "operations");
        telegramAdminIds = Set.copyOf(telegramAdminIds);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be within 0..65535, was " + port);
        }
    }

    /** A configuration with every default, for the given notes and index folders and port. */
    public static Config defaults(Path notesDir, Path indexDir, int port) {
        return new Config("127.0.0.1", port, notesDir, indexDir, Path.of(Setting.GLOSSARY_FILE.defaultValue()),
                false, Optional.empty(), Duration.ofMillis(500), true, Optional.empty(),
                URI.create(Setting.TELEGRAM_API_URL.defaultValue()), Set.of(), Optional.empty(), Operations.defaults());
    }

    public Config withSemantic(boolean enabled) {
        return new Config(host, port, notesDir, indexDir, glossaryFile, enabled, embeddingCacheDir,
                reindexDebounce, watchEnabled, telegramBotToken, telegramApiUrl, telegramAdminIds, adminToken, operations);
    }

    public Config withOperations(Operations changed) {
        return new Config(host, port, notesDir, indexDir, glossaryFile, semanticEnabled, embeddingCacheDir,
                reindexDebounce, watchEnabled, telegramBotToken, telegramApiUrl, telegramAdminIds, adminToken, changed);
    }

    @Override
    public String toString() {
        return "Config[host=" + host + ", port=" + port + ", notesDir=" + notesDir + ", indexDir=" + indexDir
                + ", glossaryFile=" + glossaryFile + ", semanticEnabled=" + semanticEnabled
                + ", embeddingCacheDir=" + embeddingCacheDir.map(Path::toString).orElse("")
                + ", reindexDebounce=" + reindexDebounce + ", watchEnabled=" + watchEnabled
                + ", telegramBotToken=" + mask(telegramBotToken) + ", telegramApiUrl=" + telegramApiUrl
                + ", telegramAdminIds=" + telegramAdminIds + ", adminToken=" + mask(adminToken)
                + ", operations=" + operations + "]";
    }

    private static String mask(Optional<String> secret) {
        return secret.isPresent() ? "***" : "(not set)";
    }
}
