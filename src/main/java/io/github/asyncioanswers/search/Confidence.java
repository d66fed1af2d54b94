package io.github.asyncioanswers.search;

import io.github.asyncioanswers.index.Fields;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;

/**
 * Decides whether a block answers a question. The measure is coverage: the share of the
 * question's information (each term weighted by its IDF) that the block contains. A term the
 * notes never use ("pizza", "django") weighs the most, which is what turns away off-topic questions.
 */
final class Confidence {

    static final double ANSWER_THRESHOLD = 0.5;
    private static final List<String> FIELDS = List.of(Fields.QUESTION, Fields.PATH, Fields.ANSWER);

    boolean answers(double confidence) {
        return confidence >= ANSWER_THRESHOLD;
    }

    double coverage(IndexSearcher searcher, int doc, List<QueryTerm> terms) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        int numDocs = Math.max(reader.numDocs(), 1);
        double total = 0;
        double matched = 0;
        for (QueryTerm term : terms) {
            int df = 0;
            boolean inDoc = false;
            for (String field : FIELDS) {
                df = Math.max(df, reader.docFreq(new Term(field, term.text())));
                inDoc |= contains(leaf, field, term.text(), doc - leaf.docBase);
            }
            double idf = Math.log(1 + (numDocs - df + 0.5) / (df + 0.5)) * term.weight();
            total += idf;
            matched += inDoc ? idf : 0;
        }
        return total == 0 ? 0 : matched / total;
    }

    private static boolean contains(LeafReaderContext leaf, String field, String text, int doc) throws IOException {
        var terms = leaf.reader().terms(field);
        if (terms == null) {
            return false;
        }
        TermsEnum iterator = terms.iterator();
        if (!iterator.seekExact(new org.apache.lucene.util.BytesRef(text))) {
            return false;
        }
        PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
        return postings.advance(doc) == doc && doc != DocIdSetIterator.NO_MORE_DOCS;
    }
}
