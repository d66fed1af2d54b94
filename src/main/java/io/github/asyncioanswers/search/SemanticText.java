package io.github.asyncioanswers.search;

import io.github.asyncioanswers.notes.Language;
import java.util.List;

/**
 * The text given to the embedding model for a query. The model reads English only, so a
 * Russian question is given with the English equivalents the glossary found for its words.
 */
final class SemanticText {

    private SemanticText() {
    }

    static String of(String query, List<String> glossaryPhrases) {
        if (!Language.RUSSIAN.equals(Language.detect(query))) {
            return query;
        }
        StringBuilder text = new StringBuilder(query);
        for (String phrase : glossaryPhrases) {
            if (Language.ENGLISH.equals(Language.detect(phrase))) {
                text.append(' ').append(phrase);
            }
        }
        return text.toString();
    }
}
