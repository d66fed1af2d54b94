package io.github.asyncioanswers.telegram;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 👍/👎 buttons under an answer: callback data {@code v:<queryId>:1} or {@code :0}, 40 bytes for a UUID. */
final class Votes {

    private static final Pattern DATA = Pattern.compile("v:([0-9a-f-]{36}):([01])");

    /** A vote read from callback data. */
    record Vote(String queryId, boolean helpful) {
    }

    private Votes() {
    }

    static List<Button> buttons(String queryId) {
        return List.of(new Button("👍", "v:" + queryId + ":1"), new Button("👎", "v:" + queryId + ":0"));
    }

    static Optional<Vote> fromCallbackData(String data) {
        Matcher matcher = data == null ? null : DATA.matcher(data);
        return matcher != null && matcher.matches()
                ? Optional.of(new Vote(matcher.group(1), "1".equals(matcher.group(2)))) : Optional.empty();
    }
}
