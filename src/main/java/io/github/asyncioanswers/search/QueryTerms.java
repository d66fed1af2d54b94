package io.github.asyncioanswers.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Turns the text a person typed into weighted index terms, with the same analyzer as the notes. */
final class QueryTerms {

    private final Analyzer analyzer;

    QueryTerms(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The exception line of a pasted error names the problem, so its terms count this much more. */
    static final float ERROR_LINE_WEIGHT = 2f;

    /** The distinct analyzed terms of {@code text}, in order; terms of an exception line weigh more. */
    List<QueryTerm> analyze(String text) {
        QueryText parts = QueryText.of(text);
        Map<String, QueryTerm> terms = new LinkedHashMap<>();
        for (String term : tokens(parts.errorLine())) {
            terms.putIfAbsent(term, QueryTerm.typed(term, ERROR_LINE_WEIGHT));
        }
        for (String term : tokens(parts.body())) {
            terms.putIfAbsent(term, QueryTerm.typed(term, 1f));
        }
        return List.copyOf(terms.values());
    }

    List<String> tokens(String text) {
        List<String> tokens = new java.util.ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("query", text)) {
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
