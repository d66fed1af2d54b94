package io.github.asyncioanswers.telegram;

/** What the bot tells about its work, for the metrics; implementations must be thread safe. */
public interface TelegramEvents {

    /** One update handled, or failed while being handled. */
    void update(boolean handled);

    /** A Bot API call that failed with a 429 or a server or network error and is tried again. */
    void sendRetried();

    TelegramEvents NONE = new TelegramEvents() {
        @Override
        public void update(boolean handled) {
        }

        @Override
        public void sendRetried() {
        }
    };
}
