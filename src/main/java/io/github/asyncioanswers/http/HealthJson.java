package io.github.asyncioanswers.http;

import io.github.asyncioanswers.index.ReindexReport;
import java.util.Optional;

/**
 * The body of {@code GET /health}: the blocks served and, once the notes were indexed, the index
 * generation, when the last reindex finished (ISO-8601) and how many warnings it had.
 */
record HealthJson(String status, int blocks, Long generation, String lastReindex, Integer warnings) {

    static HealthJson of(int blocks, Optional<ReindexReport> last) {
        return new HealthJson("UP", blocks, last.map(ReindexReport::generation).orElse(null),
                last.map(report -> report.finishedAt().toString()).orElse(null),
                last.map(report -> report.warnings().size()).orElse(null));
    }
}
