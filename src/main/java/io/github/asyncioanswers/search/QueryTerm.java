package io.github.asyncioanswers.search;

import java.util.Objects;

/** An analyzed query term and how much it counts (1 for what the user typed). */
record QueryTerm(String text, float weight) {

    QueryTerm {
        Objects.requireNonNull(text, "text");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive, was " + weight);
        }
    }
}
