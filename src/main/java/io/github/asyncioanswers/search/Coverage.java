package io.github.asyncioanswers.search;

import io.github.asyncioanswers.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * How much of a question each candidate block covers: the share of the question's concepts, each
 * weighted by the IDF of its rarest spelling, that appear in the block. A word the notes never use
 * ("pizza", "django") weighs the most of all, which is what turns away questions the notes cannot answer.
 */
final class Coverage {

    private static final List<String> FIELDS = List.of(Fields.QUESTION, Fields.PATH, Fields.ANSWER);

    private Coverage() {
    }

    /** The covered share, 0..1, of each of {@code docs} (top-level doc ids). */
    static Map<Integer, Double> of(IndexReader reader, List<QueryTerm> terms, SortedSet<Integer> docs) throws IOException {
        Map<String, Double> conceptWeights = conceptWeights(reader, terms);
        double total = conceptWeights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<Integer, Set<String>> covered = new HashMap<>();
        docs.forEach(doc -> covered.put(doc, new HashSet<>()));
        for (QueryTerm term : terms) {
            for (int doc : docsContaining(reader, term.text(), docs)) {
                covered.get(doc).add(term.concept());
            }
        }
        Map<Integer, Double> shares = new HashMap<>();
        for (Map.Entry<Integer, Set<String>> entry : covered.entrySet()) {
            double weight = entry.getValue().stream().mapToDouble(conceptWeights::get).sum();
            shares.put(entry.getKey(), total == 0 ? 0 : weight / total);
        }
        return shares;
    }

    private static Map<String, Double> conceptWeights(IndexReader reader, List<QueryTerm> terms) throws IOException {
        int numDocs = Math.max(reader.numDocs(), 1);
        Map<String, Double> weights = new HashMap<>();
        for (QueryTerm term : terms) {
            int df = 0;
            for (String field : FIELDS) {
                df = Math.max(df, reader.docFreq(new Term(field, term.text())));
            }
            double idf = Math.log(1 + (numDocs - df + 0.5) / (df + 0.5)) * term.weight();
            weights.merge(term.concept(), idf, Math::max);
        }
        return weights;
    }

    /** Which of {@code docs} contain {@code text} in any field: one postings walk per field and segment. */
    private static List<Integer> docsContaining(IndexReader reader, String text, SortedSet<Integer> docs) throws IOException {
        List<Integer> found = new ArrayList<>();
        BytesRef bytes = new BytesRef(text);
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSet<Integer> inLeaf = docs.subSet(leaf.docBase, leaf.docBase + leaf.reader().maxDoc());
            if (inLeaf.isEmpty()) {
                continue;
            }
            Set<Integer> hits = new HashSet<>();
            for (String field : FIELDS) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                TermsEnum iterator = terms.iterator();
                if (!iterator.seekExact(bytes)) {
                    continue;
                }
                PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
                for (int doc : inLeaf) {
                    int local = doc - leaf.docBase;
                    int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at == local) {
                        hits.add(doc);
                    }
                }
            }
            found.addAll(hits);
        }
        return found;
    }
}
