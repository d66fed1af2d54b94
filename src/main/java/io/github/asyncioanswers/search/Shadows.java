package io.github.asyncioanswers.search;

import java.util.List;
import java.util.Map;

/**
 * For some of a question's terms, the phrases that hide them in a block: a glossary member of
 * several words that names another idea ("event loop" for "event"). An occurrence of the term
 * inside one of its phrases does not count as the block having the term.
 */
record Shadows(Map<String, List<List<String>>> byTerm) {

    static final Shadows NONE = new Shadows(Map.of());

    /** A member of several analyzed terms, and the group it belongs to. */
    record Phrase(int group, List<String> terms) {

        Phrase {
            terms = List.copyOf(terms);
        }
    }

    Shadows {
        byTerm = Map.copyOf(byTerm);
    }

    /** The phrases that hide {@code term}; empty when none does. */
    List<List<String>> of(String term) {
        return byTerm.getOrDefault(term, List.of());
    }
}
