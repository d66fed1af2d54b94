package io.github.asyncioanswers.search;

import io.github.asyncioanswers.notes.Language;
import java.util.List;

/**
 * The text given to the embedding model for a query. The model reads English only, so a Russian
 * question is replaced by an English gloss: the English names of the glossary concepts it uses,
 * and the words it wrote in Latin letters (code, names such as {@code asyncio.wait}). A Russian
 * question with neither has no text for the model: read as it is, any Russian text lies close to
 * every Russian note ("почему кот не ест корм" at cosine 0.65 to a note on await), which answered
 * off-topic questions.
 */
final class SemanticText {

    private SemanticText() {
    }

    /** The text to embed for {@code query}; empty when there is nothing the model can read. */
    static String of(String query, List<String> englishConcepts) {
        if (!Language.RUSSIAN.equals(Language.detect(query))) {
            return query;
        }
        StringBuilder gloss = new StringBuilder();
        for (String word : query.split("\\s+")) {
            if (!word.isEmpty() && Language.ENGLISH.equals(Language.detect(word)) && hasLetterOrDigit(word)) {
                gloss.append(word).append(' ');
            }
        }
        englishConcepts.forEach(concept -> gloss.append(concept).append(' '));
        return gloss.toString().strip();
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.chars().anyMatch(Character::isLetterOrDigit);
    }
}
