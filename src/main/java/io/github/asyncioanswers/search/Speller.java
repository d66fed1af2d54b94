package io.github.asyncioanswers.search;

import io.github.asyncioanswers.index.Analyzers;
import io.github.asyncioanswers.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects misspelled words of a query against the words of the notes, once per query: only
 * words the notes never use are looked up, so a correctly spelled query costs one term lookup a word.
 */
final class Speller {

    /** One replaced word: where it was in the query text and what it became. */
    record Correction(int start, int end, String replacement) {
    }

    /** How alike a correction must be: one edit in five letters, two only in long words. */
    private static final float ACCURACY = 0.75f;
    private static final int MIN_WORD_CHARS = 4;

    private final Analyzer words = Analyzers.forWords();
    private final DirectSpellChecker checker = new DirectSpellChecker();

    Speller() {
        checker.setAccuracy(ACCURACY);
        checker.setMinQueryLength(MIN_WORD_CHARS);
    }

    /** Returns {@code text} with each misspelled word replaced by its closest word of the notes. */
    String correct(String text, IndexReader reader) throws IOException {
        List<Correction> corrections = corrections(text, reader);
        if (corrections.isEmpty()) {
            return text;
        }
        StringBuilder corrected = new StringBuilder(text);
        for (int i = corrections.size() - 1; i >= 0; i--) {
            Correction c = corrections.get(i);
            corrected.replace(c.start(), c.end(), c.replacement());
        }
        return corrected.toString();
    }

    private List<Correction> corrections(String text, IndexReader reader) throws IOException {
        List<Correction> corrections = new ArrayList<>();
        try (TokenStream stream = words.tokenStream(Fields.WORDS, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                // Only whole words typed by the user: identifier parts share the position of their whole.
                if (position.getPositionIncrement() == 0 || !isPlainWord(word) || Analyzers.isStopWord(word)) {
                    continue;
                }
                Term asTerm = new Term(Fields.WORDS, word);
                if (reader.docFreq(asTerm) > 0) {
                    continue;
                }
                SuggestWord[] suggestions = checker.suggestSimilar(asTerm, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0) {
                    corrections.add(new Correction(offset.startOffset(), offset.endOffset(), suggestions[0].string));
                }
            }
            stream.end();
        }
        return corrections;
    }

    private static boolean isPlainWord(String word) {
        if (word.length() < MIN_WORD_CHARS) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
