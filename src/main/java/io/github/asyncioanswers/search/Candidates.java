package io.github.asyncioanswers.search;

import io.github.asyncioanswers.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/** Gathers the blocks worth ranking for a question: the best by words and the nearest by meaning. */
final class Candidates {

    static final int LEXICAL_DEPTH = 30;
    static final int SEMANTIC_DEPTH = 20;

    private static final java.util.Set<String> ID_ONLY = java.util.Set.of(Fields.ID);

    private final QueryBuilder queryBuilder = new QueryBuilder();

    List<Candidate> find(IndexSearcher searcher, List<QueryTerm> terms, Optional<float[]> vector) throws IOException {
        Map<Integer, Float> lexical = new LinkedHashMap<>();
        if (!terms.isEmpty()) {
            for (ScoreDoc hit : searcher.search(queryBuilder.build(terms), LEXICAL_DEPTH).scoreDocs) {
                lexical.put(hit.doc, hit.score);
            }
        }
        Map<Integer, Double> cosines = new LinkedHashMap<>();
        if (vector.isPresent()) {
            TopDocs nearest = searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector.get(), SEMANTIC_DEPTH), SEMANTIC_DEPTH);
            for (ScoreDoc hit : nearest.scoreDocs) {
                // Lucene scores cosine similarity as (1 + cos) / 2.
                cosines.put(hit.doc, 2.0 * hit.score - 1.0);
            }
            for (Integer doc : lexical.keySet()) {
                if (!cosines.containsKey(doc)) {
                    cosines.put(doc, cosine(searcher, doc, vector.get()));
                }
            }
        }
        float best = lexical.values().stream().max(Float::compare).orElse(0f);
        Coverage coverage = new Coverage(searcher.getIndexReader(), terms);
        List<Candidate> candidates = new ArrayList<>();
        java.util.Set<Integer> docs = new java.util.LinkedHashSet<>(lexical.keySet());
        docs.addAll(cosines.keySet());
        for (int doc : docs) {
            float score = lexical.getOrDefault(doc, 0f);
            String id = searcher.storedFields().document(doc, ID_ONLY).get(Fields.ID);
            candidates.add(new Candidate(doc, id, score, best > 0 ? score / best : 0, cosines.getOrDefault(doc, 0.0),
                    coverage.of(doc)));
        }
        return candidates;
    }

    private static double cosine(IndexSearcher searcher, int doc, float[] query) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
        if (values == null || values.advance(doc - leaf.docBase) != doc - leaf.docBase) {
            return 0;
        }
        return 2.0 * VectorSimilarityFunction.COSINE.compare(query, values.vectorValue()) - 1.0;
    }
}
