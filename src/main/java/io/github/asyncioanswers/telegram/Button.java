package io.github.asyncioanswers.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** An inline keyboard button: a label and the callback data Telegram sends back when it is pressed. */
record Button(String label, String data) {

    static final int MAX_DATA_BYTES = 64;

    Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(data, "data");
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data must be at most 64 bytes, was '" + data + "'");
        }
    }
}
