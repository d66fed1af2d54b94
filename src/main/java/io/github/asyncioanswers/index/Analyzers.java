package io.github.asyncioanswers.index;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.util.CharTokenizer;

/** The one analyzer used for indexing and for queries, so both sides see the same terms. */
public final class Analyzers {

    /** Python keywords that English stop lists drop but that change what a question means. */
    private static final List<String> PYTHON_KEYWORDS = List.of("for", "with", "as", "if", "not", "no");

    /** Chat filler that carries no topic: "how do i", "what's", "why does". */
    private static final List<String> QUESTION_WORDS = List.of("how", "what", "whats", "what's", "why", "when",
            "where", "which", "who", "does", "do", "did", "doing", "done", "can", "could", "should", "would", "i",
            "me", "my", "you", "your", "we", "our", "us", "so", "about", "anyone", "anyway", "someone",
            "something", "thing", "things", "actually", "exactly", "really", "please", "just", "like", "any",
            "some", "has", "have", "had", "am", "its", "it's", "there", "here", "also", "only", "very", "way",
            // fragments that contractions leave behind: what's, can't, I'm, they're
            "s", "t", "m", "re", "ve", "ll", "d",
            "почему", "зачем", "какой", "какая", "какое", "какие", "такое", "такой", "такая", "можно",
            "нужно", "надо", "ли", "это", "этот", "эта", "эти", "который", "которая", "которые", "вообще",
            // asking to be told, and how: "explain in simple words", "объясни простыми словами"
            "explain", "explained", "объясни", "объясните", "расскажи", "расскажите", "подскажи", "подскажите",
            "пожалуйста", "помогите", "помоги", "простыми", "простым", "словами", "языком", "кратко", "вкратце");

    private static final int MAX_TOKEN_CHARS = 64;
    private static final CharArraySet STOP_WORDS = stopWords();

    private Analyzers() {
    }

    /** The analyzer for every analyzed field and for query text; thread safe. */
    public static Analyzer forNotes() {
        return new PerFieldAnalyzerWrapper(new NotesAnalyzer(STOP_WORDS, Stemming.ON),
                Map.of(Fields.WORDS, forWords()));
    }

    /** Lower-cased words without stemming, for the spelling vocabulary and for correcting queries. */
    public static Analyzer forWords() {
        return new NotesAnalyzer(CharArraySet.EMPTY_SET, Stemming.OFF);
    }

    /** True for words that carry no topic in a question ("how", "the", "что"). */
    public static boolean isStopWord(String lowerCaseWord) {
        return STOP_WORDS.contains(lowerCaseWord);
    }

    private enum Stemming { ON, OFF }

    static CharArraySet stopWords() {
        CharArraySet stop = new CharArraySet(256, true);
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            String text = new String((char[]) word);
            if (!PYTHON_KEYWORDS.contains(text)) {
                stop.add(text);
            }
        }
        stop.addAll(QUESTION_WORDS);
        stop.addAll(RussianAnalyzer.getDefaultStopSet());
        return CharArraySet.unmodifiableSet(stop);
    }

    private static final class NotesAnalyzer extends Analyzer {
        private static final NormalizeCharMap YO = yo();
        /**
         * A one-letter command-line flag ({@code python -m asyncio}, {@code python -X dev}) becomes a
         * term of its own, {@code mflag}: the letter alone would be noise, and the dash is a separator.
         * (The letter comes first so that an upper-case flag is not split as CamelCase.)
         */
        private static final Pattern SHORT_FLAG = Pattern.compile("(?<![\\w-])-([A-Za-z])(?![\\w-])");
        private static final String FLAG_TERM = "$1flag";
        private final CharArraySet stopWords;
        private final Stemming stemming;

        NotesAnalyzer(CharArraySet stopWords, Stemming stemming) {
            this.stopWords = stopWords;
            this.stemming = stemming;
        }

        @Override
        protected Reader initReader(String fieldName, Reader reader) {
            return new PatternReplaceCharFilter(SHORT_FLAG, FLAG_TERM, new MappingCharFilter(YO, reader));
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            // Dots and underscores stay inside tokens so that identifiers arrive whole at IdentifierFilter.
            Tokenizer source = CharTokenizer.fromTokenCharPredicate(
                    c -> Character.isLetterOrDigit(c) || c == '_' || c == '.');
            TokenStream stream = new IdentifierFilter(source);
            stream = new LengthFilter(stream, 1, MAX_TOKEN_CHARS);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, stopWords);
            if (stemming == Stemming.ON) {
                stream = new ScriptStemFilter(stream);
            }
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new LowerCaseFilter(in);
        }

        private static NormalizeCharMap yo() {
            NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
            builder.add("ё", "е");
            builder.add("Ё", "Е");
            return builder.build();
        }
    }
}
