package io.github.asyncioanswers.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A bot command such as {@code /q@AsyncioBot 0b77...}: its name in lower case and the text after it. */
record Command(String name, String argument) {

    private static final Pattern COMMAND = Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?$",
            Pattern.DOTALL);

    /** The command in {@code text}, unless it is not one or it names another bot. */
    static Optional<Command> parse(String text, String botUsername) {
        Matcher matcher = COMMAND.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String addressee = matcher.group(2);
        if (addressee != null && !addressee.equalsIgnoreCase(botUsername)) {
            return Optional.empty();
        }
        String argument = matcher.group(3) == null ? "" : matcher.group(3).strip();
        return Optional.of(new Command(matcher.group(1).toLowerCase(Locale.ROOT), argument));
    }
}
