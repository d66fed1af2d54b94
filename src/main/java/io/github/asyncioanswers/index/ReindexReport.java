package io.github.asyncioanswers.index;

import io.github.asyncioanswers.notes.ParseWarning;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** What a reindex did: the blocks now served, the changes, the notes' warnings and how long it took. */
public record ReindexReport(
        int blocks,
        int added,
        int updated,
        int removed,
        List<ParseWarning> warnings,
        Duration took,
        Instant finishedAt,
        long generation) {

    public ReindexReport {
        Objects.requireNonNull(took, "took");
        Objects.requireNonNull(finishedAt, "finishedAt");
        warnings = List.copyOf(warnings);
    }
}
