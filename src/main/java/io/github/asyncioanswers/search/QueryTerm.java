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

    private static final String LITERAL_PREFIX = "\u0000literal:";

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

    /**
     * A term that stands only for itself: the glossary does not expand it (the "Error" of a pasted
     * "TypeError" is no question about errors in general).
     */
    static QueryTerm literal(String text, float weight) {
        return new QueryTerm(text, weight, LITERAL_PREFIX + text);
    }

    boolean isLiteral() {
        return concept.startsWith(LITERAL_PREFIX);
    }

    QueryTerm inConcept(String newConcept) {
        return new QueryTerm(text, weight, newConcept);
    }
}
