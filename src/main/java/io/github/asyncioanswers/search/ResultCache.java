package io.github.asyncioanswers.search;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;

/**
 * Answers to repeated questions, valid for one index state: FAQ traffic asks the same questions again
 * and again, and a search costs milliseconds where a lookup costs microseconds. Holds at most
 * {@code capacity} answers, dropping the least recently used; a capacity of 0 turns it off. Thread safe.
 * A search still reading the previous state (acquired just before a refresh) starts an empty cache for
 * that state again: the cache may be emptied twice, but never answers from another state.
 */
public final class ResultCache {

    /**
     * Spaces, tabs and line breaks around the text are dropped and runs of spaces and tabs inside it
     * count as one: the analyzers and the embedding model split words there and nowhere else. Line
     * breaks inside are kept (a pasted traceback is read line by line), and so is case (code and
     * exception names). {@code ResultCacheTest} checks that the search agrees on the benchmark questions.
     */
    private static final Pattern ENDS = Pattern.compile("^[ \\t\\r\\n]+|[ \\t\\r\\n]+$");
    private static final Pattern SPACES = Pattern.compile("[ \\t]+");

    /** A search to run on a miss. */
    @FunctionalInterface
    interface Search {
        SearchResult run() throws IOException;
    }

    private record Key(String text, int limit) {
    }

    /** For one index state: the answers, least recently used first, and the searches running now. */
    private record State(Map<Key, SearchResult> answers, Map<Key, CompletableFuture<SearchResult>> running) {
    }

    private final int capacity;
    private final SearchListener listener;
    private final PerIndexState<State> states;

    /** {@code capacity} answers at most, 0 for none; {@code listener} hears of every hit and miss. */
    public ResultCache(int capacity, SearchListener listener) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be at least 0, was " + capacity);
        }
        this.capacity = capacity;
        this.listener = listener;
        this.states = new PerIndexState<>(() -> new State(lru(), new ConcurrentHashMap<>()));
    }

    /** A cache that keeps nothing. */
    public static ResultCache off() {
        return new ResultCache(0, SearchListener.NONE);
    }

    /**
     * The answer to {@code text} with at most {@code limit} hits in the index state of {@code reader}:
     * a copy of the cached one when the same question was asked of this state, else what {@code search}
     * finds. Either way the result carries {@code text} as given and the time this call took. A caller
     * asking while the same question's search runs for another waits for that search instead of
     * running its own, and counts as a hit: a burst of one new question costs one search.
     */
    SearchResult get(IndexReader reader, String text, int limit, Search search) throws IOException {
        if (capacity == 0) {
            return search.run();
        }
        long start = System.nanoTime();
        State state = states.of(reader);
        Key key = new Key(normalize(text), limit);
        SearchResult cached;
        synchronized (state.answers()) {
            cached = state.answers().get(key);
        }
        if (cached != null) {
            listener.hit();
            return copy(cached, text, start);
        }
        CompletableFuture<SearchResult> mine = new CompletableFuture<>();
        CompletableFuture<SearchResult> running = state.running().putIfAbsent(key, mine);
        if (running != null) {
            listener.hit();
            return copy(await(running), text, start);
        }
        listener.miss();
        try {
            SearchResult found = search.run();
            synchronized (state.answers()) {
                state.answers().put(key, found);
            }
            mine.complete(found);
            return found;
        } catch (Throwable e) {
            // Any failure, an Error too: a waiter left with an unfinished future would wait forever.
            mine.completeExceptionally(e);
            throw e;
        } finally {
            state.running().remove(key, mine);
        }
    }

    private static SearchResult copy(SearchResult answer, String text, long start) {
        return new SearchResult(text, answer.answered(), answer.hits(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The other caller's answer, or its failure as this caller's own. */
    private static SearchResult await(CompletableFuture<SearchResult> running) throws IOException {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw new IOException(io.getMessage(), io);
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** How many answers are kept at most. */
    int capacity() {
        return capacity;
    }

    /** How many answers are kept now. */
    public int size() {
        State latest = states.latest();
        if (latest == null) {
            return 0;
        }
        synchronized (latest.answers()) {
            return latest.answers().size();
        }
    }

    /** The text as the cache compares it; two texts alike here get the same answer from the search. */
    static String normalize(String text) {
        return isNormal(text) ? text : SPACES.matcher(ENDS.matcher(text).replaceAll("")).replaceAll(" ");
    }

    /** Most questions arrive as they are compared: checking costs less than two regular expressions. */
    private static boolean isNormal(String text) {
        if (text.isEmpty()) {
            return true;
        }
        if (isEnd(text.charAt(0)) || isEnd(text.charAt(text.length() - 1))) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == ' ' && text.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean isEnd(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private Map<Key, SearchResult> lru() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SearchResult> eldest) {
                return size() > capacity;
            }
        };
    }
}
