package io.github.asyncioanswers.telegram;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Question ids in Telegram's small slots: callback data ({@code q:<id>}, at most 64 bytes) and
 * {@code /start} deep-link payloads (at most 64 characters of {@code [A-Za-z0-9_-]}).
 */
final class QuestionIds {

    private static final String PREFIX = "q:";
    /** Our ids are UUIDs (36 characters), so they fit both slots as they are. */
    private static final Pattern DEEP_LINK_SAFE = Pattern.compile("[A-Za-z0-9_-]{1,62}");

    private QuestionIds() {
    }

    /** The callback data for a button that opens this question, if the id fits. */
    static Optional<String> callbackData(String id) {
        return DEEP_LINK_SAFE.matcher(id).matches() ? Optional.of(PREFIX + id) : Optional.empty();
    }

    /** The question id carried by callback data, if it is ours. */
    static Optional<String> fromCallbackData(String data) {
        if (data == null || !data.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String id = data.substring(PREFIX.length());
        return DEEP_LINK_SAFE.matcher(id).matches() ? Optional.of(id) : Optional.empty();
    }

    /** Whether the id can be used as a {@code /start} payload. */
    static boolean fitsDeepLink(String id) {
        return DEEP_LINK_SAFE.matcher(id).matches();
    }
}
