package io.github.asyncioanswers.telegram;

import java.util.List;

/**
 * What the bot says back: one or more HTML messages, each within Telegram's limit, and the buttons
 * shown under the last one.
 */
record Reply(List<String> messages, List<Button> buttons) {

    Reply {
        messages = List.copyOf(messages);
        buttons = List.copyOf(buttons);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a reply needs at least one message");
        }
    }

    static Reply of(String html) {
        return new Reply(List.of(html), List.of());
    }
}
