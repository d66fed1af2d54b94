package io.github.asyncioanswers.eval;

import java.util.List;
import java.util.Objects;

/** One line of an evaluation file: a query, the titles that answer it (none when out of scope), its kind. */
public record EvalCase(String query, List<String> acceptableTitles, String language, String kind) {

    public EvalCase {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(kind, "kind");
        acceptableTitles = List.copyOf(acceptableTitles);
    }

    /** True when the notes are not expected to answer this query. */
    public boolean outOfScope() {
        return acceptableTitles.isEmpty();
    }
}
