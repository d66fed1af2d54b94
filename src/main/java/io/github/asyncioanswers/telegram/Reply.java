package io.github.asyncioanswers.telegram;

import java.util.List;

/**
 * What the bot says back: one or more HTML messages, each within Telegram's limit, and the buttons
 * shown under the last one, one per row, then {@code lastRow} side by side (the 👍/👎 of an answer).
 */
record Reply(List<String> messages, List<Button> buttons, List<Button> lastRow) {

    Reply(List<String> messages, List<Button> buttons) {
        this(messages, buttons, List.of());
    }

    Reply {
        messages = List.copyOf(messages);
        buttons = List.copyOf(buttons);
        lastRow = List.copyOf(lastRow);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a reply needs at least one message");
        }
    }

    Reply withLastRow(List<Button> row) {
        return new Reply(messages, buttons, row);
    }

    static Reply of(String html) {
        return new Reply(List.of(html), List.of());
    }
}
