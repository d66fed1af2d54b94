package io.github.asyncioanswers.search;

import io.github.asyncioanswers.notes.Language;
import java.util.List;

/**
 * The text given to the embedding model for a query. The model reads English only, so a Russian
 * question is replaced by an English gloss: the English names of the glossary concepts it uses,
 * and the words it wrote in Latin letters (code, names such as {@code asyncio.wait}).
 */
final class SemanticText {

    private SemanticText() {
    }

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
        String text = gloss.toString().strip();
        return text.isEmpty() ? query : text;
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.chars().anyMatch(Character::isLetterOrDigit);
    }
}
