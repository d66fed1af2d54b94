package io.github.asyncioanswers.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The parts of what a person typed: a pasted traceback is reduced to what identifies it (its
 * file lines and "Traceback" header say where it happened, not what), and its last line, the
 * exception, is picked out to count more.
 */
record QueryText(String body, String errorLine) {

    private static final Pattern TRACEBACK_NOISE = Pattern.compile(
            "^\\s*(Traceback \\(most recent call last\\):|File \".*\", line \\d+.*|\\^+|~+|\\.\\.\\.)\\s*$");
    private static final Pattern ERROR_LINE = Pattern.compile(
            "^\\s*([A-Za-z_][\\w.]*(Error|Exception|Warning|Exit|Interrupt|Cancelled|Timeout))\\b.*$");

    static QueryText of(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!TRACEBACK_NOISE.matcher(line).matches() && !line.isBlank()) {
                kept.add(line);
            }
        }
        String errorLine = "";
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (ERROR_LINE.matcher(kept.get(i)).matches()) {
                errorLine = kept.get(i);
                break;
            }
        }
        return new QueryText(String.join("\n", kept), errorLine);
    }
}
