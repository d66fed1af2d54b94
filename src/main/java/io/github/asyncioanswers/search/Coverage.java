package io.github.asyncioanswers.search;

import io.github.asyncioanswers.index.Fields;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * How much of a question a block covers: the share of the question's concepts, each weighted by
 * the IDF of its rarest spelling, that appear in the block. A word the notes never use ("pizza",
 * "django") weighs the most of all, which is what turns away questions the notes cannot answer.
 */
final class Coverage {

    private static final List<String> FIELDS = List.of(Fields.QUESTION, Fields.PATH, Fields.ANSWER);

    private final IndexReader reader;
    private final Map<String, Double> conceptWeights = new HashMap<>();
    private final Map<String, List<QueryTerm>> termsByConcept = new HashMap<>();
    private final double totalWeight;

    Coverage(IndexReader reader, List<QueryTerm> terms) throws IOException {
        this.reader = reader;
        int numDocs = Math.max(reader.numDocs(), 1);
        for (QueryTerm term : terms) {
            int df = 0;
            for (String field : FIELDS) {
                df = Math.max(df, reader.docFreq(new Term(field, term.text())));
            }
            double idf = Math.log(1 + (numDocs - df + 0.5) / (df + 0.5)) * term.weight();
            conceptWeights.merge(term.concept(), idf, Math::max);
            termsByConcept.computeIfAbsent(term.concept(), c -> new java.util.ArrayList<>()).add(term);
        }
        this.totalWeight = conceptWeights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The covered share of the question for one document of the reader, 0..1. */
    double of(int doc) throws IOException {
        if (totalWeight == 0) {
            return 0;
        }
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        Set<String> covered = new HashSet<>();
        for (Map.Entry<String, List<QueryTerm>> concept : termsByConcept.entrySet()) {
            for (QueryTerm term : concept.getValue()) {
                if (contains(leaf, term.text(), doc - leaf.docBase)) {
                    covered.add(concept.getKey());
                    break;
                }
            }
        }
        return covered.stream().mapToDouble(conceptWeights::get).sum() / totalWeight;
    }

    private static boolean contains(LeafReaderContext leaf, String text, int doc) throws IOException {
        BytesRef bytes = new BytesRef(text);
        for (String field : FIELDS) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum iterator = terms.iterator();
            if (iterator.seekExact(bytes)) {
                PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
                if (postings.advance(doc) == doc) {
                    return true;
                }
            }
        }
        return false;
    }
}
