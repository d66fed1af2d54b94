package io.github.asyncioanswers.config;

import java.util.Locale;
import java.util.Optional;

/** Every setting of the bot, with its key in the config file, its environment variable and its flag. */
public enum Setting {
    PORT("port", "8080", "HTTP port; 0 picks a free one"),
    HOST("host", "0.0.0.0", "address the HTTP server binds to"),
    NOTES_DIR("notes.dir", "notes", "folder of markdown notes (.md, .markdown, .txt), read recursively"),
    INDEX_DIR("index.dir", "index", "folder where the Lucene index is kept"),
    GLOSSARY_FILE("glossary.file", "config/glossary.txt", "synonyms, English-Russian terms and what error messages mean, used at query time"),
    SEMANTIC_ENABLED("semantic.enabled", "true", "add sentence-embedding retrieval to the lexical ranking"),
    EMBEDDING_CACHE_DIR("embedding.cache.dir", "", "writable folder for the embedding runtime's native libraries"),
    REINDEX_DEBOUNCE("reindex.debounce", "PT0.5S", "quiet time after a change in the notes before reindexing (ISO-8601)"),
    WATCH_ENABLED("watch.enabled", "true", "reindex when the notes folder changes"),
    SEARCH_CACHE_SIZE("search.cache.size", "1000",
            "answers to repeated questions kept until the notes change; 0 turns the cache off"),
    TELEGRAM_BOT_TOKEN("telegram.bot.token", "", "Telegram bot token; environment only; empty runs HTTP only", true),
    TELEGRAM_API_URL("telegram.api.url", "https://api.telegram.org", "Telegram Bot API base URL"),
    TELEGRAM_MODE("telegram.mode", "polling", "how the bot gets updates: polling, or webhook on our HTTP server"),
    TELEGRAM_WEBHOOK_URL("telegram.webhook.url", "", "public https URL Telegram posts updates to (webhook mode)"),
    TELEGRAM_WEBHOOK_PATH("telegram.webhook.path", "/telegram/webhook", "path of our HTTP server that receives them"),
    TELEGRAM_WEBHOOK_SECRET("telegram.webhook.secret", "",
            "secret Telegram sends with each webhook call (1-256 of A-Z a-z 0-9 _ -); environment only", true),
    TELEGRAM_USER_LIMIT("telegram.user.limit", "20", "messages per minute one Telegram user may send before being paused"),
    TELEGRAM_ADMIN_IDS("telegram.admin.ids", "", "comma-separated Telegram user ids allowed to use /reindex"),
    ADMIN_TOKEN("admin.token", "", "bearer token for POST /api/v1/reindex; environment only; empty disables it", true),
    // Operations (issue 6): logging, HTTP limits, CORS and shutdown.
    LOG_FORMAT("log.format", "text", "log line format: text or json (one JSON object per line)"),
    HTTP_MAX_REQUEST_BYTES("http.max.request.bytes", "65536", "largest request body accepted, in bytes; larger is a 413"),
    HTTP_MAX_HEADER_BYTES("http.max.header.bytes", "16384", "largest request line plus headers, in bytes; larger is a 431"),
    RATE_LIMIT_PER_SECOND("rate.limit.per.second", "10", "requests per second per client IP on /api/v1/*; 0 turns the limit off"),
    RATE_LIMIT_BURST("rate.limit.burst", "20", "requests a client IP may make at once before the rate limit applies"),
    CORS_ALLOWED_ORIGINS("cors.allowed.origins", "", "comma-separated origins allowed to call the API from a browser; empty turns CORS off"),
    SHUTDOWN_TIMEOUT("shutdown.timeout", "PT10S", "how long a stop waits for requests in flight (ISO-8601)"),
    // Learning from use (issue 7): the query log.
    DATA_DIR("data.dir", "data", "folder for the query log and the salt of hashed user ids"),
    QUERY_LOG_ENABLED("query.log.enabled", "true", "record questions, answers and feedback in the data folder"),
    QUERY_LOG_MAX_BYTES("query.log.max.bytes", "10000000", "size in bytes at which the query log file is rotated"),
    QUERY_LOG_RETENTION("query.log.retention", "P90D", "how long rotated query log files are kept (ISO-8601)");

    private final String key;
    private final String defaultValue;
    private final String description;
    private final boolean secret;

    Setting(String key, String defaultValue, String description) {
        this(key, defaultValue, description, false);
    }

    Setting(String key, String defaultValue, String description, boolean secret) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
        this.secret = secret;
    }

    public String key() {
        return key;
    }

    /** The environment variable: the key in upper case with '_' for '.', e.g. {@code NOTES_DIR}. */
    public String envVar() {
        return key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** The command-line flag, e.g. {@code --notes}; secrets have none so they never show in a process list. */
    public Optional<String> flag() {
        if (secret) {
            return Optional.empty();
        }
        String name = switch (this) {
            case NOTES_DIR -> "notes";
            case INDEX_DIR -> "index";
            default -> key.replace('.', '-');
        };
        return Optional.of("--" + name);
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** Secrets come only from the environment and are masked whenever the configuration is printed. */
    public boolean secret() {
        return secret;
    }
}
