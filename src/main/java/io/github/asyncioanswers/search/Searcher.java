package io.github.asyncioanswers.search;

import io.github.asyncioanswers.index.Fields;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Finds the blocks that answer a question; thread safe, each call reads one index state. */
public final class Searcher {

    /** Ties in score are broken by id so that the same question always gets the same order. */
    private static final Sort BY_SCORE_THEN_ID = new Sort(SortField.FIELD_SCORE,
            new SortField(Fields.ID_SORT, SortField.Type.STRING));

    private final SearcherManager searcherManager;
    private final QueryTerms queryTerms;
    private final QueryBuilder queryBuilder = new QueryBuilder();
    private final Confidence confidence = new Confidence();

    public Searcher(SearcherManager searcherManager, Analyzer analyzer) {
        this.searcherManager = searcherManager;
        this.queryTerms = new QueryTerms(analyzer);
    }

    /** Searches for {@code text} and returns at most {@code limit} hits, best first. */
    public SearchResult search(String text, int limit) throws IOException {
        long start = System.nanoTime();
        List<QueryTerm> terms = queryTerms.analyze(text);
        if (terms.isEmpty()) {
            return new SearchResult(text, false, List.of(), Duration.ofNanos(System.nanoTime() - start));
        }
        IndexSearcher searcher = searcherManager.acquire();
        try {
            Query query = queryBuilder.build(terms);
            TopDocs top = searcher.search(query, Math.max(limit, 1), BY_SCORE_THEN_ID, true);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                double coverage = confidence.coverage(searcher, scoreDoc.doc, terms);
                hits.add(toHit(searcher, scoreDoc.doc, scoreDoc.score, coverage));
            }
            boolean answered = !hits.isEmpty() && confidence.answers(hits.get(0).confidence());
            return new SearchResult(text, answered, hits, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            searcherManager.release(searcher);
        }
    }

    /** The block with this question id, if there is one. */
    public Optional<Hit> byId(String id) throws IOException {
        IndexSearcher searcher = searcherManager.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(toHit(searcher, top.scoreDocs[0].doc, 0, 1));
        } finally {
            searcherManager.release(searcher);
        }
    }

    /** The number of blocks that searches currently see. */
    public int size() throws IOException {
        IndexSearcher searcher = searcherManager.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searcherManager.release(searcher);
        }
    }

    private static Hit toHit(IndexSearcher searcher, int doc, float score, double confidence) throws IOException {
        Document stored = searcher.storedFields().document(doc);
        return new Hit(
                stored.get(Fields.ID),
                stored.get(Fields.STORED_QUESTION),
                stored.get(Fields.STORED_ANSWER),
                List.of(stored.getValues(Fields.STORED_PATH)),
                stored.get(Fields.LANGUAGE),
                stored.get(Fields.FILE),
                stored.getField(Fields.LINE).numericValue().intValue(),
                Float.isNaN(score) ? 0 : score,
                confidence);
    }
}
