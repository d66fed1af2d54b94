package io.github.asyncioanswers.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API reliably: messages are paced per chat and overall, a 429 is waited out for as long as
 * Telegram asks, 5xx and network errors are retried with doubling waits; other errors are not retried.
 */
final class BotApi {

    private static final Logger LOG = LoggerFactory.getLogger(BotApi.class);
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERROR = 500;

    private final TelegramClient client;
    private final Pacer pacer;
    private final Tuning tuning;

    private final TelegramEvents events;

    BotApi(TelegramClient client, Pacer pacer, Tuning tuning, TelegramEvents events) {
        this.client = client;
        this.pacer = pacer;
        this.tuning = tuning;
        this.events = events;
    }

    /** Sends something that counts as a message to {@code chatId}, waiting for its turn first. */
    <T extends Serializable> T send(long chatId, BotApiMethod<T> method) {
        try {
            pacer.awaitTurn(chatId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(method.getMethod() + " interrupted", e);
        }
        return call(method);
    }

    /**
     * Calls a method that is not a chat message (answers to callbacks and inline queries, settings).
     *
     * @throws DeliveryException when Telegram rejects it or it still fails after every attempt
     */
    <T extends Serializable> T call(BotApiMethod<T> method) {
        return retrying(method.getMethod(), () -> client.execute(method));
    }

    /** Registers the webhook; {@code setWebhook} is not a plain JSON method in TelegramBots. */
    boolean setWebhook(SetWebhook setWebhook) {
        return retrying(setWebhook.getMethod(), () -> client.execute(setWebhook));
    }

    /** One Bot API call, as TelegramBots runs it. */
    private interface Attempt<T> {
        T run() throws TelegramApiException;
    }

    private <T> T retrying(String method, Attempt<T> attempt) {
        Duration backoff = tuning.firstRetry();
        for (int tries = 1; ; tries++) {
            try {
                return attempt.run();
            } catch (TelegramApiException e) {
                Duration wait = waitBeforeRetry(e, backoff, tries, method);
                LOG.warn("{} failed ({}), attempt {} of {}, retrying in {} ms", method, describe(e),
                        tries, tuning.attempts(), wait.toMillis());
                events.sendRetried();
                pause(wait, method);
                backoff = isTooManyRequests(e) ? backoff : backoff.multipliedBy(2);
            }
        }
    }

    /** How long to wait before the next attempt; throws when this error must not or need not be retried. */
    private Duration waitBeforeRetry(TelegramApiException e, Duration backoff, int attempt, String method) {
        Optional<Duration> retryAfter = retryAfter(e);
        boolean retryable = retryAfter.isPresent() || isServerOrNetworkError(e);
        if (!retryable) {
            throw new DeliveryException(method + " rejected by Telegram: " + describe(e), e);
        }
        if (attempt >= tuning.attempts()) {
            throw new DeliveryException(method + " failed " + attempt + " times, giving up: " + describe(e), e);
        }
        if (retryAfter.isPresent() && retryAfter.get().compareTo(tuning.maxRetryAfter()) > 0) {
            throw new DeliveryException(method + " asked to wait " + retryAfter.get().toSeconds() + " s, giving up", e);
        }
        return retryAfter.orElse(backoff);
    }

    private static Optional<Duration> retryAfter(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request && isTooManyRequests(e) && request.getParameters() != null
                && request.getParameters().getRetryAfter() != null) {
            return Optional.of(Duration.ofSeconds(request.getParameters().getRetryAfter()));
        }
        return isTooManyRequests(e) ? Optional.of(Duration.ofSeconds(1)) : Optional.empty();
    }

    private static boolean isTooManyRequests(TelegramApiException e) {
        return e instanceof TelegramApiRequestException request && Integer.valueOf(TOO_MANY_REQUESTS)
                .equals(request.getErrorCode());
    }

    /** A Telegram error code of 5xx, or no Telegram answer at all (I/O failure, an unreadable response). */
    private static boolean isServerOrNetworkError(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException request) {
            Integer code = request.getErrorCode();
            return code == null || code == 0 || code >= SERVER_ERROR;
        }
        return true;
    }

    private static String describe(TelegramApiException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void pause(Duration wait, String method) {
        try {
            TimeUnit.MILLISECONDS.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException(method + " interrupted while waiting to retry", e);
        }
    }
}
