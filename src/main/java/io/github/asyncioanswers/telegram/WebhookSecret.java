package io.github.asyncioanswers.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Checks the secret Telegram sends with each webhook call, in time that does not depend on where it differs. */
final class WebhookSecret {

    private WebhookSecret() {
    }

    static boolean matches(String expected, String received) {
        if (received == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
    }
}
