package io.github.asyncioanswers.http;

import io.github.asyncioanswers.search.Hit;
import java.util.List;

/** One block as the HTTP API shows it. */
record ResultJson(String id, String question, String answer, List<String> headingPath, String language,
                  double score, double confidence, Source source) {

    /** Where the block is written. */
    record Source(String file, int line) {
    }

    static ResultJson of(Hit hit) {
        return new ResultJson(hit.id(), hit.question(), hit.answer(), hit.headingPath(), hit.language(),
                round(hit.score()), round(hit.confidence()), new Source(hit.file(), hit.line()));
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
