package io.github.asyncioanswers.http;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.github.asyncioanswers.search.SearchResult;

/**
 * The body of {@code GET /api/v1/search}; {@code queryId} is what feedback on these results refers to.
 * {@code results} is the JSON array of {@link ResultJson}, written by {@link ResultsJson}.
 */
record SearchJson(String queryId, String query, boolean answered, @JsonRawValue String results, double tookMs) {

    static SearchJson of(String queryId, SearchResult result, ResultsJson results) {
        double tookMs = Math.round(result.took().toNanos() / 10_000.0) / 100.0;
        return new SearchJson(queryId, result.query(), result.answered(), results.of(result.hits()), tookMs);
    }
}
