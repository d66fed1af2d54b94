package io.github.asyncioanswers.telegram;

/** Telegram HTML: escaping and inline {@code `code`} spans; every result is balanced markup. */
final class Html {

    /** The most one source character can grow when rendered inline: a backtick opens or closes a code tag. */
    private static final int BACKTICK_COST = 7;

    private Html() {
    }

    /** Escapes the three characters Telegram's HTML parser treats specially. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes {@code text} and renders each pair of backticks as a {@code <code>} span; a lone backtick stays literal. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int from = 0;
        while (from < text.length()) {
            int open = text.indexOf('`', from);
            int close = open < 0 ? -1 : text.indexOf('`', open + 1);
            if (close < 0) {
                out.append(escape(text.substring(from)));
                break;
            }
            out.append(escape(text.substring(from, open)));
            out.append("<code>").append(escape(text.substring(open + 1, close))).append("</code>");
            from = close + 1;
        }
        return out.toString();
    }

    /** An upper bound of the length of {@link #escape} of one character. */
    static int escapedCost(char c) {
        return switch (c) {
            case '<', '>' -> 4;
            case '&' -> 5;
            default -> 1;
        };
    }

    /** An upper bound of the length of {@link #inline} of one character, additive over any split of a text. */
    static int inlineCost(char c) {
        return c == '`' ? BACKTICK_COST : escapedCost(c);
    }
}
