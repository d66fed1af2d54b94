package io.github.asyncioanswers.index;

/** Told about every reindex and rebuild, whoever asked for it (watcher, admin endpoint, Telegram, CLI). */
public interface ReindexListener {

    /** A listener that does nothing. */
    ReindexListener NONE = new ReindexListener() {
        @Override
        public void reindexed(ReindexReport report) {
        }

        @Override
        public void failed(Exception cause) {
        }
    };

    void reindexed(ReindexReport report);

    void failed(Exception cause);
}
