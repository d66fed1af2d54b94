package io.github.asyncioanswers.search;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.lucene.index.IndexReader;

/**
 * A value that belongs to one index state and starts afresh with the next: what was worked out
 * for the blocks as they were (a spelling correction, an answer) may be wrong after a reindex.
 * The state is the reader's cache key, the same for every search of one commit. Thread safe.
 */
final class PerIndexState<V> {

    private record Entry<V>(Object state, V value) {
    }

    private final Supplier<V> fresh;
    private final AtomicReference<Entry<V>> current = new AtomicReference<>(new Entry<>(null, null));

    /** {@code fresh} makes the value for a new state (it may be called more than once under contention). */
    PerIndexState(Supplier<V> fresh) {
        this.fresh = fresh;
    }

    /** The value for the state {@code reader} reads; a new one when the state changed since the last call. */
    V of(IndexReader reader) {
        Object state = reader.getReaderCacheHelper() == null ? reader : reader.getReaderCacheHelper().getKey();
        return current.updateAndGet(entry -> entry.state() == state ? entry : new Entry<>(state, fresh.get())).value();
    }

    /** The value for the latest state seen, if any. */
    V latest() {
        return current.get().value();
    }
}
