package io.github.asyncioanswers.index;

import io.github.asyncioanswers.notes.NotesParser;
import io.github.asyncioanswers.notes.ParseWarning;
import io.github.asyncioanswers.notes.ParsedNotes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index in line with the notes folder. Calls are serialized; a folder that cannot be
 * read fails the reindex and leaves the last good index serving.
 */
public final class Reindexer {

    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

    private final Path notesDir;
    private final NotesParser parser;
    private final NoteIndex index;
    private volatile ReindexReport last;

    public Reindexer(Path notesDir, NotesParser parser, NoteIndex index) {
        this.notesDir = notesDir;
        this.parser = parser;
        this.index = index;
    }

    /**
     * Parses the notes and updates the index.
     *
     * @throws IOException when the notes folder cannot be read or the index cannot be written;
     *                     the index then still serves its previous state
     */
    public synchronized ReindexReport reindex() throws IOException {
        long start = System.nanoTime();
        ParsedNotes parsed = parser.parseFolder(notesDir);
        for (ParseWarning warning : parsed.warnings()) {
            LOG.warn("note warning: {}", warning);
        }
        IndexUpdate update = index.replaceAll(parsed.notes());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        ReindexReport report = new ReindexReport(update.blocks(), update.added(), update.updated(),
                update.removed(), parsed.warnings(), took, Instant.now(), index.generation());
        LOG.info("indexed {} blocks in {} ms (added {}, updated {}, removed {}, warnings {})", report.blocks(),
                took.toMillis(), report.added(), report.updated(), report.removed(), report.warnings().size());
        last = report;
        return report;
    }

    /** The report of the last successful reindex, if any. */
    public Optional<ReindexReport> last() {
        return Optional.ofNullable(last);
    }
}
