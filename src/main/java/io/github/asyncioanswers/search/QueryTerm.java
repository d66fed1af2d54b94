package io.github.asyncioanswers.search;

import java.util.Objects;

/**
 * An analyzed query term.
 *
 * @param weight  how much it counts (1 for what the user typed)
 * @param concept terms with the same concept stand for one idea (a word and its glossary
 *                equivalents); a block covers the idea when it has any of them
 * @param origin  where the term came from, which decides whether the glossary may expand it
 */
record QueryTerm(String text, float weight, String concept, Origin origin) {

    /** Where a term came from. */
    enum Origin {
        /** Typed by the user. */
        ASKED,
        /** Added by the glossary as an equivalent of a term the user typed. */
        EQUIVALENT,
        /**
         * A part that every exception name has ("Error" of a pasted "TypeError"): it stands only
         * for itself, since a pasted error is no question about errors in general.
         */
        EXCEPTION_SUFFIX,
        /** Added because it is in what a known error message in the question means. */
        MEANING
    }

    QueryTerm {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(origin, "origin");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive, was " + weight);
        }
    }

    /** A term the user typed: its own concept. */
    static QueryTerm typed(String text, float weight) {
        return new QueryTerm(text, weight, text, Origin.ASKED);
    }

    /** A part of a pasted exception's name that every exception name has: its own concept, never expanded. */
    static QueryTerm exceptionSuffix(String text, float weight) {
        return new QueryTerm(text, weight, text, Origin.EXCEPTION_SUFFIX);
    }

    /** A word of what a known error message in the question means: its own concept. */
    static QueryTerm meaning(String text, float weight) {
        return new QueryTerm(text, weight, text, Origin.MEANING);
    }

    /** A glossary equivalent of a typed term, in the concept it shares with it. */
    static QueryTerm equivalent(String text, float weight, String concept) {
        return new QueryTerm(text, weight, concept, Origin.EQUIVALENT);
    }

    boolean expandable() {
        return origin != Origin.EXCEPTION_SUFFIX;
    }

    QueryTerm inConcept(String newConcept) {
        return new QueryTerm(text, weight, newConcept, origin);
    }
}
