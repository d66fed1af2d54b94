package io.github.asyncioanswers.search;

import io.github.asyncioanswers.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
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

    private final QueryBuilder queryBuilder = new QueryBuilder();
    private final Definitions definitions;

    Candidates(Definitions definitions) {
        this.definitions = definitions;
    }

    /**
     * The candidates for a question of {@code terms}; {@code meaning} are the terms of what the
     * known errors in it mean (empty when it has none), {@code definitionAsked} is what it asks
     * the definition of (empty when it asks something else), and {@code asksWhy} whether it asks why.
     */
    List<Candidate> find(IndexSearcher searcher, Glossary.Expansion question, Optional<Glossary.Expansion> meaning,
            Optional<float[]> vector, Set<String> definitionAsked, boolean asksWhy)
            throws IOException {
        List<QueryTerm> terms = question.terms();
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
        SortedSet<Integer> docs = new TreeSet<>(lexical.keySet());
        docs.addAll(cosines.keySet());
        Map<Integer, Coverage.Share> coverage = Coverage.of(searcher.getIndexReader(), terms, question.shadows(), docs);
        Map<Integer, Coverage.Share> meaningCoverage = meaning.isEmpty() ? Map.of()
                : Coverage.of(searcher.getIndexReader(), meaning.get().terms(), meaning.get().shadows(), docs);
        List<Candidate> candidates = new ArrayList<>();
        for (int doc : docs) {
            float score = lexical.getOrDefault(doc, 0f);
            candidates.add(new Candidate(doc, id(searcher, doc), score, best > 0 ? score / best : 0,
                    cosines.getOrDefault(doc, 0.0), coverage.get(doc), meaningCoverage.getOrDefault(doc, Coverage.Share.NONE),
                    definitions.defines(searcher, doc, definitionAsked), !asksWhy && headingAsksWhy(searcher, doc)));
        }
        return candidates;
    }

    /** The segment that holds the top-level {@code doc}. */
    private static LeafReaderContext leaf(IndexSearcher searcher, int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }

    /** The question id from doc values: much cheaper than decompressing stored fields. */
    private static String id(IndexSearcher searcher, int doc) throws IOException {
        LeafReaderContext leaf = leaf(searcher, doc);
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ID_SORT);
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("document " + doc + " has no id");
        }
        return ids.lookupOrd(ids.ordValue()).utf8ToString();
    }

    /** Whether the block's own question asks why, from doc values (false in an index written before the field). */
    private static boolean headingAsksWhy(IndexSearcher searcher, int doc) throws IOException {
        LeafReaderContext leaf = leaf(searcher, doc);
        NumericDocValues asksWhy = DocValues.getNumeric(leaf.reader(), Fields.ASKS_WHY);
        return asksWhy.advanceExact(doc - leaf.docBase) && asksWhy.longValue() == 1;
    }

    private static double cosine(IndexSearcher searcher, int doc, float[] query) throws IOException {
        LeafReaderContext leaf = leaf(searcher, doc);
        FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
        if (values == null || values.advance(doc - leaf.docBase) != doc - leaf.docBase) {
            return 0;
        }
        return 2.0 * VectorSimilarityFunction.COSINE.compare(query, values.vectorValue()) - 1.0;
    }
}
