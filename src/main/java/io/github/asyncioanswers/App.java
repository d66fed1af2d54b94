package io.github.asyncioanswers;

import io.github.asyncioanswers.config.Config;
import io.github.asyncioanswers.embed.Embedder;
import io.github.asyncioanswers.http.HttpApi;
import io.github.asyncioanswers.index.Analyzers;
import io.github.asyncioanswers.index.NoteIndex;
import io.github.asyncioanswers.index.ReindexReport;
import io.github.asyncioanswers.index.Reindexer;
import io.github.asyncioanswers.metrics.Metrics;
import io.github.asyncioanswers.notes.NotesParser;
import io.github.asyncioanswers.search.Glossary;
import io.github.asyncioanswers.search.Searcher;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
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
        Reindexer reindexer = new Reindexer(config.notesDir(), new NotesParser(), index);
        Searcher searcher = new Searcher(index.searcherManager(), analyzer, Glossary.read(config.glossaryFile()), embedder);
        return new App(config, index, reindexer, searcher, new Metrics());
    }

    /** Indexes the notes once, then serves HTTP. */
    public App start() throws IOException {
        reindex();
        httpApi = new HttpApi(searcher, metrics, config.operations());
        closeables.push(httpApi);
        httpApi.start(config.host(), config.port());
        return this;
    }

    /** Reindexes and records it in the metrics; the watcher and admin endpoint should call this too. */
    public ReindexReport reindex() throws IOException {
        try {
            ReindexReport report = reindexer.reindex();
            metrics.reindexed(report.took(), report.warnings().size());
            return report;
        } catch (IOException | RuntimeException e) {
            metrics.reindexFailed();
            throw e;
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
