package io.github.asyncioanswers.http;

import io.github.asyncioanswers.search.SearchResult;
import java.util.List;

/** The body of {@code GET /api/v1/search}; {@code queryId} is what feedback on these results refers to. */
record SearchJson(String queryId, String query, boolean answered, List<ResultJson> results, double tookMs) {

    static SearchJson of(String queryId, SearchResult result) {
        double tookMs = Math.round(result.took().toNanos() / 10_000.0) / 100.0;
        return new SearchJson(queryId, result.query(), result.answered(),
                result.hits().stream().map(ResultJson::of).toList(), tookMs);
    }
}
