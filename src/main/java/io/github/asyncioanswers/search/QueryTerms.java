package io.github.asyncioanswers.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Turns the text a person typed into weighted index terms, with the same analyzer as the notes. */
final class QueryTerms {

    private final Analyzer analyzer;

    private final Set<String> common;
    /**
     * What every exception's name says ("Error" of "TypeError", the "exceptions" module of
     * "asyncio.exceptions.TimeoutError"): in a pasted error line it is no question about error
     * handling, unless the asker also wrote the word outside it.
     */
    private final Set<String> exceptionWords;

    QueryTerms(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.common = Stream.concat(COMMON_WORDS.stream(), RUSSIAN_COMMON_WORDS.stream())
                .flatMap(word -> tokens(word).stream())
                .collect(Collectors.toUnmodifiableSet());
        this.exceptionWords = Set.copyOf(tokens("error exception exceptions"));
    }

    /** The exception line of a pasted error names the problem, so its terms count this much more. */
    static final float ERROR_LINE_WEIGHT = 2f;
    /**
     * Everyday English words that say little about the topic count this much of a word that does
     * (chosen on the dev set: anything from 0.2 to 0.5 gives the same figures).
     */
    static final float COMMON_WORD_WEIGHT = 0.3f;
    /**
     * Frequent English words that are not stop words but name no asyncio idea: in a corpus as small
     * as a FAQ, "other" or "happen" is as rare as "gather", and would weigh as much.
     */
    private static final List<String> COMMON_WORDS = List.of("happen", "happens", "happened", "other", "others",
            "another", "one", "ones", "them", "they", "their", "up", "down", "out", "off", "over", "away", "right",
            "still", "even", "got", "make", "makes", "made", "want", "wants", "need", "needs", "tell", "tells",
            "know", "think", "see", "look", "anything", "everything", "nothing", "everyone", "lot", "lots",
            "much", "many", "more", "most", "less", "few", "little", "bit", "kind", "sort", "good", "bad",
            "better", "best", "whole", "each", "every", "both", "either", "now", "again", "yet", "already",
            "ever", "basically", "simply", "maybe", "perhaps", "probably", "instead", "mean", "means", "same",
            "use", "using", "used", "work", "works", "working", "thing", "stuff", "way", "ways");
    /**
     * The same for Russian: frequent words, and the forms of them that the Russian stop list lacks
     * ("одну", "своя", "каждой"), which name no asyncio idea. The notes are mostly English, so such
     * a word is rarely in them, and at full weight it alone could turn a right answer away. None
     * may be a stop word or share a stem with a one-word glossary member, which names an idea alone
     * ("обычно" shares "обычн" with "обычная функция", but there the other spellings carry the idea).
     */
    static final List<String> RUSSIAN_COMMON_WORDS = List.of(
            "одна", "одно", "одну", "одной", "одного", "одни", "одним", "свой", "своя", "своё",
            "своей", "своего", "свои", "своим", "каждый", "каждая", "каждое", "каждую", "каждой",
            "каждого", "каждом", "весь", "вся", "всей", "той", "та", "оно", "сама", "само", "пока",
            "прямо", "щас", "например", "вроде", "короче", "правда", "реально", "норм", "нормально",
            "ок", "окей", "кстати", "штука", "штуки", "штук", "разом", "делать", "делаю", "делает",
            "сделать", "сделал", "хочу", "хочется", "хотим", "хотел", "могу", "можем", "знаю",
            "знать", "нужен", "нужна", "нужны", "чё", "че", "дела", "слышал", "слышала", "говорят",
            "бывает", "бывают", "снова", "затем", "всякий", "смысл", "вопрос", "вопросы", "ещё",
            "мало", "типа", "именно", "просто", "обычно");

    private static final Set<String> COMMON_WORD_SET = Set.copyOf(COMMON_WORDS);

    /** Whether {@code word}, lower case as typed, is one of the everyday English words that count little. */
    static boolean isCommonWord(String word) {
        return COMMON_WORD_SET.contains(word);
    }

    /** The distinct analyzed terms of {@code text}, exception line first: its terms weigh more. */
    List<QueryTerm> analyze(String text) {
        return analyze(text, ErrorMeanings.Reading.NONE);
    }

    /**
     * The words of what a known error means count this much of a word typed (0.5 to 1 give the same
     * figures on the dev and held-out sets; 0.3 loses one held-out question).
     */
    static final float MEANING_WEIGHT = 0.5f;

    /**
     * A question analyzed: its distinct terms, and its analyzed text in order, one run per part (the
     * error line, the rest, each known error's meaning), which tells the glossary whether the words
     * of a member stand together.
     */
    record Analysis(List<QueryTerm> terms, List<List<String>> runs) {

        Analysis {
            terms = List.copyOf(terms);
            runs = List.copyOf(runs);
        }
    }

    /**
     * The terms of {@code text} and then those of what the known errors in it mean, which count
     * less than the words typed. The names particular to this occurrence of an error are left out.
     */
    List<QueryTerm> analyze(String text, ErrorMeanings.Reading errors) {
        return read(text, errors, meanings(errors)).terms();
    }

    /** As {@link #analyze(String, ErrorMeanings.Reading)}, with the runs; {@code meanings} is {@link #meanings} of {@code errors}. */
    Analysis read(String text, ErrorMeanings.Reading errors, Analysis meanings) {
        QueryText parts = QueryText.of(text);
        Set<String> instance = errors.instance().stream().flatMap(part -> tokens(part).stream()).collect(Collectors.toSet());
        List<String> errorLine = tokens(parts.errorLine());
        List<String> rest = tokens(parts.context());
        List<String> context = rest.stream().filter(term -> !instance.contains(term)).toList();
        Map<String, QueryTerm> terms = new LinkedHashMap<>();
        for (String term : errorLine) {
            if (instance.contains(term)) {
                continue;
            }
            terms.putIfAbsent(term, exceptionWords.contains(term) && !context.contains(term)
                    ? QueryTerm.exceptionSuffix(term, ERROR_LINE_WEIGHT * COMMON_WORD_WEIGHT)
                    : QueryTerm.typed(term, weight(term, ERROR_LINE_WEIGHT)));
        }
        for (String term : context) {
            terms.putIfAbsent(term, QueryTerm.typed(term, weight(term, 1f)));
        }
        meanings.terms().forEach(term -> terms.putIfAbsent(term.text(), term));
        List<List<String>> runs = new ArrayList<>(List.of(errorLine, rest));
        runs.addAll(meanings.runs());
        return new Analysis(List.copyOf(terms.values()), runs);
    }

    /** What the known errors in a question mean: the distinct terms, each weighing {@link #MEANING_WEIGHT}, and one run per meaning. */
    Analysis meanings(ErrorMeanings.Reading errors) {
        Map<String, QueryTerm> terms = new LinkedHashMap<>();
        List<List<String>> runs = new ArrayList<>();
        for (String meaning : errors.meanings()) {
            List<String> tokens = tokens(meaning);
            runs.add(tokens);
            for (String term : tokens) {
                terms.putIfAbsent(term, QueryTerm.meaning(term, weight(term, MEANING_WEIGHT)));
            }
        }
        return new Analysis(List.copyOf(terms.values()), runs);
    }

    private float weight(String term, float weight) {
        return common.contains(term) ? weight * COMMON_WORD_WEIGHT : weight;
    }

    List<String> tokens(String text) {
        return tokens(analyzer, "query", text);
    }

    /** The terms {@code analyzer} makes of {@code text} for {@code field}, in order. */
    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analyzing a string cannot fail", e);
        }
        return tokens;
    }
}
