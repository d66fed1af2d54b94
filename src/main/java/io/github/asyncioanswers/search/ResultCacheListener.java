package io.github.asyncioanswers.search;

/** Told whether each search was answered from the {@link ResultCache} or had to be run. */
public interface ResultCacheListener {

    /** A listener that does nothing. */
    ResultCacheListener NONE = new ResultCacheListener() {
        @Override
        public void hit() {
        }

        @Override
        public void miss() {
        }
    };

    void hit();

    void miss();
}
