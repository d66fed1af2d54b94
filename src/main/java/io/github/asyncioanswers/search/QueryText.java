package io.github.asyncioanswers.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of what a person typed: a pasted traceback or warning is reduced to what identifies it,
 * and its exception line is picked out to count more.
 *
 * <ul>
 *   <li>A traceback's "Traceback" header, file lines, carets and the {@code path:line:} prefix of a
 *   warning say where it happened, not what, and are dropped, also when the traceback was pasted
 *   on one line. Only a frame inside asyncio itself keeps its function name ({@code in wait_for}):
 *   it names the asyncio call that raised.</li>
 *   <li>Memory addresses ({@code 0x7f3a2c1b0e40}) and source positions ({@code bot.py:12}) in
 *   printed objects differ from run to run and are dropped.</li>
 *   <li>The last line that starts with an exception name is the error line; in a traceback pasted
 *   on one line, it starts at the last exception name that ends the line or is followed by its message.</li>
 * </ul>
 *
 * @param body       the text with the noise removed, error line included
 * @param errorLine  the exception line, or empty
 */
record QueryText(String body, String errorLine) {

    private static final Pattern TRACEBACK_LINE = Pattern.compile("^\\s*(\\^+|~+|\\.\\.\\.)\\s*$");
    private static final Pattern TRACEBACK_HEADER = Pattern.compile("Traceback \\(most recent call last\\):");
    private static final Pattern FRAME = Pattern.compile("File \"([^\"\\n]*)\", line \\d+(?:, in ([\\w<>.]+))?");
    private static final Pattern WARNING_PREFIX = Pattern.compile("^\\s*\\S+\\.pyw?:\\d+:\\s*");
    private static final Pattern ADDRESS = Pattern.compile("\\b0x[0-9a-fA-F]+\\b");
    private static final Pattern SOURCE_POSITION = Pattern.compile("[\\w./\\\\-]+\\.pyw?:\\d+");
    private static final Pattern EXCEPTION_NAME = Pattern.compile(
            "(?<![\\w.])([A-Za-z_][\\w.]*(?:Error|Exception|Warning|Exit|Interrupt|Cancelled|Timeout))\\b");

    static QueryText of(String text) {
        String cleaned = FRAME.matcher(TRACEBACK_HEADER.matcher(text).replaceAll(" ")).replaceAll(QueryText::frame);
        boolean traceback = !cleaned.equals(text);
        List<String> kept = new ArrayList<>();
        for (String line : cleaned.split("\\R")) {
            String meaningful = WARNING_PREFIX.matcher(line).replaceFirst("");
            meaningful = SOURCE_POSITION.matcher(ADDRESS.matcher(meaningful).replaceAll(" ")).replaceAll(" ");
            if (!TRACEBACK_LINE.matcher(meaningful).matches() && !meaningful.isBlank()) {
                kept.add(meaningful);
            }
        }
        for (int i = kept.size() - 1; i >= 0; i--) {
            String line = kept.get(i);
            Matcher name = EXCEPTION_NAME.matcher(line);
            int at = -1;
            while (name.find()) {
                String after = line.substring(name.end());
                boolean flattened = traceback && (after.isBlank() || after.startsWith(":"));
                if (line.substring(0, name.start()).isBlank() || flattened) {
                    at = name.start();
                }
            }
            if (at >= 0) {
                return new QueryText(String.join("\n", kept), line.substring(at).strip());
            }
        }
        return new QueryText(String.join("\n", kept), "");
    }

    private static String frame(java.util.regex.MatchResult frame) {
        String path = frame.group(1).replace('\\', '/');
        String function = frame.group(2);
        boolean inAsyncio = path.contains("/asyncio/");
        return inAsyncio && function != null && !function.startsWith("<") ? Matcher.quoteReplacement(" " + function + " ") : " ";
    }
}
