package io.github.asyncioanswers.telegram;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Telegram bot needs to run; {@link #toString()} masks the token.
 *
 * @param apiUrl                the Bot API base URL (Telegram's, or an emulator's in tests)
 * @param webhook               present for webhook mode, empty for long polling
 * @param userMessagesPerMinute how many messages one user may send in a minute before being paused
 */
public record BotOptions(String token, URI apiUrl, Optional<Webhook> webhook, int userMessagesPerMinute) {

    public BotOptions {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(webhook, "webhook");
        if (token.isBlank()) {
            throw new IllegalArgumentException("the bot token must not be blank");
        }
        if (userMessagesPerMinute < 1) {
            throw new IllegalArgumentException("userMessagesPerMinute must be at least 1, was " + userMessagesPerMinute);
        }
    }

    /** Long polling against {@code apiUrl} with the default per-user limit. */
    public static BotOptions polling(String token, URI apiUrl) {
        return new BotOptions(token, apiUrl, Optional.empty(), 20);
    }

    @Override
    public String toString() {
        return "BotOptions[token=" + masked(token) + ", apiUrl=" + apiUrl + ", webhook=" + webhook
                + ", userMessagesPerMinute=" + userMessagesPerMinute + "]";
    }

    /** The token as it may appear in logs: the bot id before the colon, the secret part hidden. */
    static String masked(String token) {
        int colon = token.indexOf(':');
        return (colon > 0 ? token.substring(0, colon) : "") + ":***";
    }
}
