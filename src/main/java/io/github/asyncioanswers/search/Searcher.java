package io.github.asyncioanswers.search;

import io.github.asyncioanswers.embed.Embedder;
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
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Finds the blocks that answer a question; thread safe, each call reads one index state. */
public final class Searcher {

    private final SearcherManager searcherManager;
    private final QueryTerms queryTerms;
    private final Glossary glossary;
    private final Optional<Embedder> embedder;
    private final Speller speller = new Speller();
    private final Candidates candidates = new Candidates();
    private final Ranking ranking = new Ranking();

    public Searcher(SearcherManager searcherManager, Analyzer analyzer, Glossary glossary, Optional<Embedder> embedder) {
        this.searcherManager = searcherManager;
        this.queryTerms = new QueryTerms(analyzer);
        this.glossary = glossary;
        this.embedder = embedder;
    }

    /** Searches for {@code text} and returns at most {@code limit} hits, best first. */
    public SearchResult search(String text, int limit) throws IOException {
        long start = System.nanoTime();
        IndexSearcher searcher = searcherManager.acquire();
        try {
            List<Candidate> found = candidatesFor(searcher, text);
            List<Ranking.Ranked> ranked = ranking.rank(found);
            List<Hit> hits = new ArrayList<>();
            for (Ranking.Ranked r : ranked.subList(0, Math.min(limit, ranked.size()))) {
                hits.add(toHit(searcher, r.candidate().doc(), r.score(), r.confidence()));
            }
            boolean answered = !hits.isEmpty() && ranking.answers(ranked.get(0));
            return new SearchResult(text, answered, hits, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            searcherManager.release(searcher);
        }
    }

    List<Candidate> candidatesFor(IndexSearcher searcher, String text) throws IOException {
        String corrected = speller.correct(text, searcher.getIndexReader());
        Glossary.Expansion expansion = glossary.expand(queryTerms.analyze(corrected), queryTerms);
        if (expansion.terms().isEmpty()) {
            return List.of();
        }
        Optional<float[]> vector = embedder.map(e -> e.embedQuery(SemanticText.of(corrected, expansion.phrases())));
        return candidates.find(searcher, expansion.terms(), vector);
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

    static Hit toHit(IndexSearcher searcher, int doc, double score, double confidence) throws IOException {
        Document stored = searcher.storedFields().document(doc);
        return new Hit(
                stored.get(Fields.ID),
                stored.get(Fields.STORED_QUESTION),
                stored.get(Fields.STORED_ANSWER),
                List.of(stored.getValues(Fields.STORED_PATH)),
                stored.get(Fields.LANGUAGE),
                stored.get(Fields.FILE),
                stored.getField(Fields.LINE).numericValue().intValue(),
                score,
                confidence);
    }
}
