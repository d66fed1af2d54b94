package io.github.asyncioanswers.http;

import io.github.asyncioanswers.index.ReindexReport;
import java.util.List;

/** The body of {@code POST /api/v1/reindex}: what the rebuild did. */
record ReindexJson(int blocks, int added, int updated, int removed, List<WarningJson> warnings, long tookMs) {

    /** A problem in a note file, with the place to fix it. */
    record WarningJson(String file, int line, String message) {
    }

    static ReindexJson of(ReindexReport report) {
        return new ReindexJson(report.blocks(), report.added(), report.updated(), report.removed(),
                report.warnings().stream().map(w -> new WarningJson(w.file(), w.line(), w.message())).toList(),
                report.took().toMillis());
    }
}
