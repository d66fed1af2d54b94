package io.github.asyncioanswers.search;

import java.util.Objects;

/**
 * An analyzed query term.
 *
 * @param weight  how much it counts (1 for what the user typed)
 * @param concept terms with the same concept stand for one idea (a word and its glossary
 *                equivalents); a block covers the idea when it has any of them
 */
record QueryTerm(String text, float weight, String concept) {

    QueryTerm {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(concept, "concept");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive, was " + weight);
        }
    }

    /** A term the user typed: its own concept. */
    static QueryTerm typed(String text, float weight) {
        return new QueryTerm(text, weight, text);
    }

    QueryTerm inConcept(String newConcept) {
        return new QueryTerm(text, weight, newConcept);
    }
}
