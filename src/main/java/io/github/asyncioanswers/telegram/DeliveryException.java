package io.github.asyncioanswers.telegram;

/** A Bot API call that failed for good: rejected by Telegram, or still failing after every retry. */
final class DeliveryException extends RuntimeException {

    DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
