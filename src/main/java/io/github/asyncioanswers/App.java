package io.github.asyncioanswers;

import io.github.asyncioanswers.config.Config;
import io.github.asyncioanswers.config.TelegramMode;
import io.github.asyncioanswers.embed.Embedder;
import io.github.asyncioanswers.http.HttpApi;
import io.github.asyncioanswers.http.PostRoute;
import io.github.asyncioanswers.index.Analyzers;
import io.github.asyncioanswers.index.NoteIndex;
import io.github.asyncioanswers.index.ReindexReport;
import io.github.asyncioanswers.index.Reindexer;
import io.github.asyncioanswers.learn.LogReader;
import io.github.asyncioanswers.learn.QueryLog;
import io.github.asyncioanswers.learn.Report;
import io.github.asyncioanswers.search.Hit;
import io.github.asyncioanswers.metrics.Metrics;
import io.github.asyncioanswers.notes.NotesParser;
import io.github.asyncioanswers.search.Glossary;
import io.github.asyncioanswers.search.ResultCache;
import io.github.asyncioanswers.search.SearchListener;
import io.github.asyncioanswers.search.Searcher;
import io.github.asyncioanswers.telegram.Admins;
import io.github.asyncioanswers.telegram.BotOptions;
import io.github.asyncioanswers.telegram.TelegramBot;
import io.github.asyncioanswers.telegram.Webhook;
import io.github.asyncioanswers.watch.NotesWatcher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: builds every part from the configuration, starts them and closes them. */
public final class App implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final Config config;
    private final Reindexer reindexer;
    private final Searcher searcher;
    private final Metrics metrics;
    /** Everything that owns a thread, file or socket, closed in reverse order of creation. */
    private final Deque<AutoCloseable> closeables = new ArrayDeque<>();
    private HttpApi httpApi;

    private App(Config config, NoteIndex index, Reindexer reindexer, Searcher searcher, Metrics metrics) {
        this.config = config;
        this.reindexer = reindexer;
        this.searcher = searcher;
        this.metrics = metrics;
        closeables.push(metrics);
        closeables.push(index);
        metrics.watchIndex(() -> reindexer.last().map(ReindexReport::blocks).orElse(0),
                () -> reindexer.last().map(ReindexReport::generation).orElse(0L));
    }

    /** Opens the index and wires the search pipeline; nothing is served until {@link #start()}. */
    public static App open(Config config) throws IOException {
        LOG.info("configuration: {}", config);
        Analyzer analyzer = Analyzers.forNotes();
        Optional<Embedder> embedder = config.semanticEnabled() ? Optional.of(Embedder.load(config.embeddingCacheDir()))
                : Optional.empty();
        NoteIndex index = NoteIndex.open(config.indexDir(), analyzer, embedder);
        Metrics metrics = new Metrics();
        Reindexer reindexer = new Reindexer(config.notesDir(), new NotesParser(), index, metrics.reindexListener());
        SearchListener searches = metrics.searchListener();
        ResultCache results = new ResultCache(config.searchCacheSize(), searches);
        metrics.watchResultCache(results);
        Searcher searcher = new Searcher(index.searcherManager(), analyzer, Glossary.read(config.glossaryFile()),
                embedder, results, searches);
        return new App(config, index, reindexer, searcher, metrics);
    }

    /**
     * Watches the notes (when enabled), indexes them once, then serves HTTP, and Telegram when a bot
     * token is set. The watcher starts first so that no change made during the first reindex is missed.
     */
    public App start() throws IOException {
        try {
            if (config.watchEnabled()) {
                closeables.push(NotesWatcher.start(config.notesDir(), config.reindexDebounce(), this::reindexAfterChange));
            }
            reindex();
            QueryLog queryLog = QueryLog.open(config.queryLog());
            closeables.push(queryLog);
            Optional<TelegramBot> bot = config.telegramBotToken()
                    .map(token -> new TelegramBot(telegramOptions(token), searcher, queryLog,
                            new Admins(config.telegramAdminIds(), reindexer::rebuild), metrics.telegramEvents()));
            bot.ifPresent(closeables::push);
            List<PostRoute> webhook = bot.flatMap(TelegramBot::webhook)
                    .map(hook -> List.of(new PostRoute(hook.path(), bot.get()::receiveWebhook))).orElse(List.of());
            httpApi = new HttpApi(searcher, reindexer, metrics, config.operations(), config.adminToken(), webhook,
                    queryLog, this::report);
            closeables.push(httpApi);
            httpApi.start(config.host(), config.port());
            if (bot.isPresent()) {
                bot.get().start();
            } else {
                LOG.info("TELEGRAM_BOT_TOKEN is not set: serving HTTP only");
            }
            return this;
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private BotOptions telegramOptions(String token) {
        Optional<Webhook> webhook = config.telegramMode() == TelegramMode.WEBHOOK
                ? Optional.of(new Webhook(config.telegramWebhookUrl().orElseThrow(), config.telegramWebhookPath(),
                        config.telegramWebhookSecret().orElseThrow()))
                : Optional.empty();
        return new BotOptions(token, config.telegramApiUrl(), webhook, config.telegramUserLimit());
    }

    /** Brings the index in line with the notes, parsing only the files that changed. */
    public ReindexReport reindex() throws IOException {
        return reindexer.reindex();
    }

    /** Parses every note file again and rewrites the whole index; what an admin's reindex command calls. */
    public ReindexReport rebuild() throws IOException {
        return reindexer.rebuild();
    }

    /** What note authors should write next, from the query log in the data folder; what {@code report} prints. */
    public Report report(int limit) throws IOException {
        return Report.of(LogReader.read(config.queryLog().dataDir()),
                this::questionOf, limit);
    }

    private Optional<String> questionOf(String id) {
        try {
            return searcher.byId(id).map(Hit::question);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reindexAfterChange() {
        try {
            reindex();
        } catch (IOException e) {
            throw new UncheckedIOException("reindex failed, the last good index keeps serving: " + e.getMessage(), e);
        }
    }

    public Searcher searcher() {
        return searcher;
    }

    /** The metrics every part records into; adapters (Telegram) get it from here. */
    public Metrics metrics() {
        return metrics;
    }

    /** The HTTP port actually bound (useful with port 0). */
    public int httpPort() {
        return httpApi.port();
    }

    @Override
    public void close() {
        while (!closeables.isEmpty()) {
            AutoCloseable closeable = closeables.pop();
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.error("closing {} failed", closeable.getClass().getSimpleName(), e);
            }
        }
    }
}
