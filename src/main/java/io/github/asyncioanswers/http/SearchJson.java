package io.github.asyncioanswers.http;

import io.github.asyncioanswers.search.SearchResult;
import java.util.List;

/** The body of {@code GET /api/v1/search}. */
record SearchJson(String query, boolean answered, List<ResultJson> results, double tookMs) {

    static SearchJson of(SearchResult result) {
        double tookMs = Math.round(result.took().toNanos() / 10_000.0) / 100.0;
        return new SearchJson(result.query(), result.answered(),
                result.hits().stream().map(ResultJson::of).toList(), tookMs);
    }
}
