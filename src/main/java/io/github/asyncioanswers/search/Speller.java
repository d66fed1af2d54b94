package io.github.asyncioanswers.search;

import io.github.asyncioanswers.index.Analyzers;
import io.github.asyncioanswers.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * Corrects misspelled words of a query against the words of the notes, and against the English
 * words that say little, once per query: only words the notes never use are looked up, so a
 * correctly spelled query costs one term lookup a word.
 */
final class Speller {

    /** One replaced word: where it was in the query text and what it became. */
    record Correction(int start, int end, String replacement) {
    }

    /** How alike a correction must be: one edit in five letters, two only in words of eight or more. */
    private static final float ACCURACY = 0.75f;
    private static final int MIN_WORD_CHARS = 4;
    private static final int TWO_EDIT_WORD_CHARS = 8;
    private static final int MAX_CACHED_WORDS = 10_000;
    /** The shortest last part of a dotted or snake_case name that is corrected outside asyncio's own names. */
    private static final int MIN_NAME_CHARS = 10;

    private final Analyzer words = Analyzers.forWords();
    /**
     * The glossary's own words, which are known words too: "stuck" is no slip of the notes'
     * "stack", nor "эвент" (event) of "эвейт" (await). Words are not corrected to them, though:
     * against so few words, "установить" (install) would become "остановить" (stop).
     */
    private final Set<String> glossaryWords;
    private final Set<String> englishWords;
    private final EnglishSlips slips;
    // Two checkers because a two-edit automaton costs far more to build, and with ACCURACY
    // short words could never use a second edit anyway.
    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);
    /** Corrections already looked up, valid for one index state. */
    private final PerIndexState<Map<String, Optional<String>>> cache = new PerIndexState<>(ConcurrentHashMap::new);

    /**
     * {@code englishWords} are real words that are never corrected, though the notes may not use
     * them ("user" is no slip of "used", nor "tell" of "till").
     */
    Speller(Glossary glossary, Set<String> englishWords) {
        Set<String> known = new HashSet<>();
        glossary.members().forEach(member -> known.addAll(QueryTerms.tokens(words, Fields.WORDS, member)));
        this.glossaryWords = Set.copyOf(known);
        this.englishWords = Set.copyOf(englishWords);
        this.slips = new EnglishSlips(englishWords.stream()
                .filter(w -> Analyzers.isStopWord(w) || QueryTerms.isCommonWord(w)).toList());
    }

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setAccuracy(ACCURACY);
        checker.setMinQueryLength(MIN_WORD_CHARS);
        return checker;
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
                String typed = text.substring(offset.startOffset(), offset.endOffset());
                if (!isSlipCandidate(word, typed, position.getPositionIncrement())) {
                    continue;
                }
                Optional<String> replacement = lookUp(word, reader);
                if (replacement.isPresent()) {
                    corrections.add(new Correction(offset.startOffset(), offset.endOffset(), replacement.get()));
                }
            }
            stream.end();
        }
        return corrections;
    }

    /**
     * Whether a word may be a slip: a whole word as typed (identifier parts share the position of
     * their whole; a dunder name such as {@code __aiter__} arrives trimmed), neither a stop word
     * nor a word of the glossary or of everyday English, and a plain word or a name worth correcting.
     */
    private boolean isSlipCandidate(String word, String typed, int positionIncrement) {
        if (positionIncrement == 0 || !typed.equalsIgnoreCase(word) || Analyzers.isStopWord(word)
                || glossaryWords.contains(word) || englishWords.contains(word)) {
            return false;
        }
        return isPlainWord(word) || isCorrectableName(word);
    }

    private Optional<String> lookUp(String word, IndexReader reader) throws IOException {
        Map<String, Optional<String>> corrections = cache.of(reader);
        if (corrections.size() > MAX_CACHED_WORDS) {
            corrections.clear();
        }
        Optional<String> known = corrections.get(word);
        if (known != null) {
            return known;
        }
        Optional<String> replacement = suggest(word, reader);
        corrections.put(word, replacement);
        return replacement;
    }

    private Optional<String> suggest(String word, IndexReader reader) throws IOException {
        Term term = new Term(Fields.WORDS, word);
        if (reader.docFreq(term) > 0) {
            return Optional.empty();
        }
        DirectSpellChecker checker = word.length() >= TWO_EDIT_WORD_CHARS ? twoEdits : oneEdit;
        SuggestWord[] suggestions = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (suggestions.length > 0) {
            return Optional.of(suggestions[0].string);
        }
        // A slip of a word that says little ("explaned", "otehrs"): read as the word meant, it is no
        // longer a word the notes never use, which weighs the most and would turn the question away.
        return isPlainWord(word) ? slips.meant(word) : Optional.empty();
    }

    /**
     * A name worth correcting whole: one of asyncio's ({@code asyncio.create_taks}), or one whose
     * last dotted part is long enough to tell a slip from another name ({@code run_until_complet}).
     * Shorter names are too often the asker's own ({@code self.session}, {@code my_tasks}), and a
     * name with digits is a version ({@code python3.10}).
     */
    private static boolean isCorrectableName(String word) {
        if (word.chars().noneMatch(c -> c == '_' || c == '.')
                || !word.chars().allMatch(c -> Character.isLetter(c) || c == '_' || c == '.')) {
            return false;
        }
        String last = word.substring(word.lastIndexOf('.') + 1);
        return word.startsWith("asyncio.") || last.length() >= MIN_NAME_CHARS;
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
