package io.github.asyncioanswers.cli;

import java.util.Map;

/** ANSI colors for a terminal, or plain text when the output is not a terminal or NO_COLOR is set. */
record Colors(boolean enabled) {

    static final Colors OFF = new Colors(false);

    /** On only when there is a console and NO_COLOR (https://no-color.org) is unset or empty. */
    static Colors detect(Map<String, String> env) {
        boolean noColor = !env.getOrDefault("NO_COLOR", "").isEmpty();
        return new Colors(System.console() != null && !noColor);
    }

    String bold(String text) {
        return paint("1", text);
    }

    String green(String text) {
        return paint("32", text);
    }

    String yellow(String text) {
        return paint("33", text);
    }

    String red(String text) {
        return paint("31", text);
    }

    private String paint(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
