package io.github.asyncioanswers.index;

import io.github.asyncioanswers.notes.NotesParser;
import io.github.asyncioanswers.notes.ParseWarning;
import io.github.asyncioanswers.notes.ParsedNotes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index in line with the notes folder. Calls are serialized; a folder that cannot be
 * read fails the reindex and leaves the last good index serving.
 */
public final class Reindexer {

    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

    private final NoteFiles files;
    private final NoteIndex index;
    private final ReindexListener listener;
    private volatile ReindexReport last;

    public Reindexer(Path notesDir, NotesParser parser, NoteIndex index) {
        this(notesDir, parser, index, ReindexListener.NONE);
    }

    /** {@code listener} hears of every reindex and rebuild, and of every one that failed. */
    public Reindexer(Path notesDir, NotesParser parser, NoteIndex index, ReindexListener listener) {
        this.files = new NoteFiles(notesDir, parser);
        this.index = index;
        this.listener = listener;
    }

    /**
     * Parses the files that changed since the last call and updates the blocks that changed.
     *
     * @throws IOException when the notes folder cannot be read or the index cannot be written;
     *                     the index then still serves its previous state
     */
    public synchronized ReindexReport reindex() throws IOException {
        long start = System.nanoTime();
        try {
            ParsedNotes parsed = files.refresh();
            return report(start, parsed, index.replaceAll(parsed.notes()));
        } catch (IOException | RuntimeException e) {
            listener.failed(e);
            throw e;
        }
    }

    /**
     * Parses every file again and rewrites every block, as after a change of the analysis; searches
     * see the old index until the new one is committed whole.
     *
     * @throws IOException as {@link #reindex()}
     */
    public synchronized ReindexReport rebuild() throws IOException {
        long start = System.nanoTime();
        try {
            files.rereadAll();
            ParsedNotes parsed = files.refresh();
            return report(start, parsed, index.rewriteAll(parsed.notes()));
        } catch (IOException | RuntimeException e) {
            listener.failed(e);
            throw e;
        }
    }

    private ReindexReport report(long start, ParsedNotes parsed, IndexUpdate update) throws IOException {
        // A warning stays until its note is fixed: say it once, not at every reindex.
        Set<ParseWarning> known = last == null ? Set.of() : Set.copyOf(last.warnings());
        for (ParseWarning warning : parsed.warnings()) {
            if (!known.contains(warning)) {
                LOG.warn("note warning: {}", warning);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        ReindexReport report = new ReindexReport(update.blocks(), update.added(), update.updated(),
                update.removed(), parsed.warnings(), took, Instant.now(), index.generation());
        LOG.info("indexed {} blocks in {} ms (files parsed {}, added {}, updated {}, removed {}, warnings {})",
                report.blocks(), took.toMillis(), files.filesRead(), report.added(), report.updated(),
                report.removed(), report.warnings().size());
        last = report;
        listener.reindexed(report);
        return report;
    }

    /** The report of the last successful reindex, if any. */
    public Optional<ReindexReport> last() {
        return Optional.ofNullable(last);
    }
}
