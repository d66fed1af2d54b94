package io.github.asyncioanswers.search;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The answer to one question: the best blocks, best first, and whether the first one answers it.
 * When {@code answered} is false the hits are only the closest suggestions.
 */
public record SearchResult(String query, boolean answered, List<Hit> hits, Duration took) {

    public SearchResult {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(took, "took");
        hits = List.copyOf(hits);
        if (answered && hits.isEmpty()) {
            throw new IllegalArgumentException("an answered search needs a hit");
        }
    }
}
