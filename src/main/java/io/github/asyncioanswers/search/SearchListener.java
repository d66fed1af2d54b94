package io.github.asyncioanswers.search;

import java.time.Duration;

/**
 * Told of every search asked of the {@link Searcher}, whichever adapter asked: whether it was
 * answered and how long it took, and whether the {@link ResultCache} had the answer.
 */
public interface SearchListener {

    /** A listener that does nothing. */
    SearchListener NONE = new SearchListener() {
        @Override
        public void searched(boolean answered, Duration took) {
        }

        @Override
        public void hit() {
        }

        @Override
        public void miss() {
        }
    };

    void searched(boolean answered, Duration took);

    void hit();

    void miss();
}
