package io.github.asyncioanswers.learn;

import java.io.IOException;

/** Builds the report for note authors on demand, with at most {@code limit} entries per section. */
@FunctionalInterface
public interface ReportSource {

    Report report(int limit) throws IOException;

    /** A source for parts run without a query log: an empty report. */
    static ReportSource none() {
        return limit -> Report.of(java.util.List.of(), id -> java.util.Optional.empty(), limit);
    }
}
