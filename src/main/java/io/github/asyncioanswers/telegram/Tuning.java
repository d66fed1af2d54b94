package io.github.asyncioanswers.telegram;

import java.time.Duration;

/**
 * The bot's timing: how fast it may send, how it retries, how long it polls. Production uses
 * {@link #DEFAULT}; tests shorten the waits.
 *
 * @param chatInterval   the steady gap between messages to one chat (Telegram asks for about one a second)
 * @param chatBurst      how many messages may go to one chat at once before the gap applies
 * @param globalInterval the steady gap between any two messages (about 30 a second)
 * @param firstRetry     the wait before the first retry after a 5xx or network error; it doubles each time
 * @param attempts       how many times one call is tried before giving up
 * @param maxRetryAfter  the longest 429 {@code retry_after} the bot waits out before giving up
 * @param pollTimeout    the long-polling timeout sent to {@code getUpdates}
 * @param workers        threads that handle updates (chats run concurrently, each chat in order)
 */
record Tuning(Duration chatInterval, int chatBurst, Duration globalInterval, Duration firstRetry, int attempts,
              Duration maxRetryAfter, Duration pollTimeout, int workers) {

    static final Tuning DEFAULT = new Tuning(Duration.ofSeconds(1), 3, Duration.ofMillis(34), Duration.ofMillis(500), 5,
            Duration.ofMinutes(2), Duration.ofSeconds(50), 8);

    Tuning {
        if (chatBurst < 1 || attempts < 1 || workers < 1) {
            throw new IllegalArgumentException("chatBurst, attempts and workers must be at least 1");
        }
    }

    Tuning withPollTimeout(Duration timeout) {
        return new Tuning(chatInterval, chatBurst, globalInterval, firstRetry, attempts, maxRetryAfter, timeout, workers);
    }

    Tuning withRetries(Duration first, int maxAttempts) {
        return new Tuning(chatInterval, chatBurst, globalInterval, first, maxAttempts, maxRetryAfter, pollTimeout, workers);
    }
}
