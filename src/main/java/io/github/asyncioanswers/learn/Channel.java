package io.github.asyncioanswers.learn;

import java.util.Locale;

/** Where a question came from. */
public enum Channel {
    HTTP, TELEGRAM;

    /** The name written in the log: {@code http}, {@code telegram}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
