package io.github.asyncioanswers.search;

import io.github.asyncioanswers.embed.Embedder;
import io.github.asyncioanswers.embed.Vocabulary;
import io.github.asyncioanswers.index.Fields;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** Finds the blocks that answer a question; thread safe, each call reads one index state. */
public final class Searcher {

    /** How many related blocks are kept per block. */
    private static final int RELATED_DEPTH = 6;

    private final SearcherManager searcherManager;
    private final QueryTerms queryTerms;
    private final Glossary glossary;
    private final Optional<QueryVectors> vectors;
    private final Speller speller;
    private final Definitions definitions;
    private final Candidates candidates;
    private final Ranking ranking = new Ranking();
    /** Related blocks by id, for one index state. */
    private final PerIndexState<Map<String, List<Hit>>> related = new PerIndexState<>(ConcurrentHashMap::new);
    private final ResultCache results;
    private final SearchListener listener;

    public Searcher(SearcherManager searcherManager, Analyzer analyzer, Glossary glossary, Optional<Embedder> embedder) {
        this(searcherManager, analyzer, glossary, embedder, ResultCache.off(), SearchListener.NONE);
    }

    /**
     * {@code results} answers questions asked before of the same index state; {@code listener} is
     * told of every search, whichever adapter asked.
     */
    public Searcher(SearcherManager searcherManager, Analyzer analyzer, Glossary glossary, Optional<Embedder> embedder,
            ResultCache results, SearchListener listener) {
        this.searcherManager = searcherManager;
        this.queryTerms = new QueryTerms(analyzer);
        this.speller = new Speller(glossary, Vocabulary.englishWords());
        this.definitions = new Definitions(queryTerms, glossary);
        this.candidates = new Candidates(definitions);
        this.glossary = glossary;
        this.vectors = embedder.map(QueryVectors::new);
        this.results = results;
        this.listener = listener;
    }

    /** Searches for {@code text} and returns at most {@code limit} hits, best first. */
    public SearchResult search(String text, int limit) throws IOException {
        IndexSearcher searcher = searcherManager.acquire();
        try {
            SearchResult result = results.get(searcher.getIndexReader(), text, limit, () -> search(searcher, text, limit));
            listener.searched(result.answered(), result.took());
            return result;
        } finally {
            searcherManager.release(searcher);
        }
    }

    private SearchResult search(IndexSearcher searcher, String text, int limit) throws IOException {
        long start = System.nanoTime();
        Question question = question(searcher, text);
        List<Ranking.Ranked> ranked = ranking.rank(question.candidates(), question.namesAnApiTheNotesLack());
        List<Hit> hits = new ArrayList<>();
        for (Ranking.Ranked r : ranked.subList(0, Math.min(limit, ranked.size()))) {
            hits.add(toHit(searcher, r.candidate().doc(), r.score(), r.confidence()));
        }
        boolean answered = !hits.isEmpty() && ranking.answers(ranked.get(0));
        return new SearchResult(text, answered, hits, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * A question as searched: its candidate blocks, and whether it names an asyncio API that no
     * note mentions ({@link ApiNames}) while no known error in it says what it means.
     */
    private record Question(List<Candidate> candidates, boolean namesAnApiTheNotesLack) {
    }

    private Question question(IndexSearcher searcher, String text) throws IOException {
        String corrected = speller.correct(text, searcher.getIndexReader());
        ErrorMeanings.Reading errors = glossary.readErrors(text);
        boolean unknownApi = errors.meanings().isEmpty()
                && ApiNames.namesOneTheNotesLack(corrected, searcher.getIndexReader(), queryTerms);
        return new Question(candidatesFor(searcher, corrected, errors), unknownApi);
    }

    private List<Candidate> candidatesFor(IndexSearcher searcher, String corrected, ErrorMeanings.Reading errors)
            throws IOException {
        QueryTerms.Analysis meanings = queryTerms.meanings(errors);
        QueryTerms.Analysis asked = queryTerms.read(corrected, errors, meanings);
        Glossary.Expansion expansion = glossary.expand(asked.terms(), asked.runs(), queryTerms);
        if (expansion.terms().isEmpty()) {
            return List.of();
        }
        Optional<float[]> vector = vectors.flatMap(v -> v.of(SemanticText.of(corrected, expansion.phrases()), errors.meanings()));
        Optional<Glossary.Expansion> meaning = errors.meanings().isEmpty() ? Optional.empty()
                : Optional.of(glossary.expand(meanings.terms(), meanings.runs(), queryTerms));
        return candidates.find(searcher, expansion, meaning, vector, definitions.askedIn(corrected),
                WhyQuestions.asked(corrected));
    }

    /**
     * Up to {@code limit} other blocks close to {@code hit}: what a search for its own question finds.
     * The answer depends only on the index state, so it is computed once per block and index state
     * rather than once per answer shown.
     */
    public List<Hit> related(Hit hit, int limit) throws IOException {
        IndexSearcher searcher = searcherManager.acquire();
        try {
            Map<String, List<Hit>> byId = related.of(searcher.getIndexReader());
            List<Hit> known = byId.get(hit.id());
            if (known == null) {
                known = search(searcher, hit.question(), RELATED_DEPTH).hits().stream()
                        .filter(other -> !other.id().equals(hit.id())).toList();
                byId.put(hit.id(), known);
            }
            return known.subList(0, Math.min(limit, known.size()));
        } finally {
            searcherManager.release(searcher);
        }
    }

    /** How many answers to repeated questions are kept at most; 0 when none are. */
    public int cachedAnswersAtMost() {
        return results.capacity();
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
