package io.github.asyncioanswers.search;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
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


    private final int capacity;
    private final SearchListener listener;
    /** The answers for one index state, least recently used first. */
    private final PerIndexState<Map<Key, SearchResult>> answers;

    /** {@code capacity} answers at most, 0 for none; {@code listener} hears of every hit and miss. */
    public ResultCache(int capacity, SearchListener listener) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be at least 0, was " + capacity);
        }
        this.capacity = capacity;
        this.listener = listener;
        this.answers = new PerIndexState<>(this::lru);
    }

    /** A cache that keeps nothing. */
    public static ResultCache off() {
        return new ResultCache(0, SearchListener.NONE);
    }

    /**
     * The answer to {@code text} with at most {@code limit} hits in the index state of {@code reader}:
     * a copy of the cached one when the same question was asked of this state, else what {@code search}
     * finds. Either way the result carries {@code text} as given and the time this call took. Two callers
     * missing the same question at once both search; the answers are the same.
     */
    SearchResult get(IndexReader reader, String text, int limit, Search search) throws IOException {
        if (capacity == 0) {
            return search.run();
        }
        long start = System.nanoTime();
        Map<Key, SearchResult> known = answers.of(reader);
        Key key = new Key(normalize(text), limit);
        SearchResult cached;
        synchronized (known) {
            cached = known.get(key);
        }
        if (cached != null) {
            listener.hit();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            return new SearchResult(text, cached.answered(), cached.hits(), took);
        }
        listener.miss();
        SearchResult found = search.run();
        synchronized (known) {
            known.put(key, found);
        }
        return found;
    }

    /** How many answers are kept at most. */
    int capacity() {
        return capacity;
    }

    /** How many answers are kept now. */
    public int size() {
        Map<Key, SearchResult> latest = answers.latest();
        if (latest == null) {
            return 0;
        }
        synchronized (latest) {
            return latest.size();
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
