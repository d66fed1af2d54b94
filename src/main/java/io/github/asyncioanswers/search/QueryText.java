package io.github.asyncioanswers.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of what a person typed: a pasted traceback or warning is reduced to what identifies it,
 * and its exception line is picked out to count more.
 *
 * <ul>
 *   <li>A traceback's "Traceback" header, file lines, carets and chaining sentences, and the
 *   {@code path:line:} prefix of a warning, say where it happened, not what, and are dropped, also
 *   when the traceback was pasted on one line. A file line inside asyncio itself keeps its
 *   function name ({@code in wait_for}): it names the asyncio call involved.</li>
 *   <li>Memory addresses ({@code 0x7f3a2c1b0e40}) and source positions ({@code bot.py:12}) in
 *   printed objects differ from run to run and are dropped.</li>
 *   <li>The last line that starts with an exception name is the error line. In a line that a
 *   traceback was flattened into, the error line starts at the last exception name that ends the
 *   line or is followed by its message.</li>
 * </ul>
 *
 * @param context    the text with the noise and the error line removed
 * @param errorLine  the exception line, or empty
 */
record QueryText(String context, String errorLine) {

    /** A line as kept, and whether a traceback's header or file line was cut out of it. */
    private record Line(String text, boolean flattened) {
    }

    private static final Pattern NOISE_LINE = Pattern.compile("^\\s*((?:\\^+|~+|\\.\\.\\.)\\s*|During\\s+handling\\s+of\\s+the\\s+above\\s+exception.*"
            + "|The\\s+above\\s+exception\\s+was\\s+the\\s+direct\\s+cause.*)$");
    private static final Pattern TRACEBACK_HEADER = Pattern.compile("Traceback\\s+\\(most\\s+recent\\s+call\\s+last\\):");
    private static final Pattern FRAME = Pattern.compile("File\\s+\"([^\"\\n]*)\",\\s+line\\s+\\d+(?:,\\s+in\\s+([\\w<>.]+))?");
    private static final Pattern WARNING_PREFIX = Pattern.compile("^\\s*\\S+\\.pyw?:\\d+:\\s*");
    private static final Pattern ADDRESS = Pattern.compile("\\b0x[0-9a-fA-F]+\\b");
    private static final Pattern SOURCE_POSITION = Pattern.compile("(?<![\\w./\\\\-])[\\w./\\\\-]+\\.pyw?:\\d+");
    private static final Pattern EXCEPTION_NAME = Pattern.compile(
            "(?<![\\w.])([A-Za-z_][\\w.]*(?:Error|Exception|Warning|Exit|Interrupt|Cancelled|Timeout))\\b");

    static QueryText of(String text) {
        List<Line> lines = meaningfulLines(text);
        for (int i = lines.size() - 1; i >= 0; i--) {
            int at = errorStart(lines.get(i));
            if (at >= 0) {
                List<String> context = new ArrayList<>(lines.stream().map(Line::text).toList());
                String line = context.get(i);
                context.set(i, line.substring(0, at));
                return new QueryText(join(context), line.substring(at).strip());
            }
        }
        return new QueryText(join(lines.stream().map(Line::text).toList()), "");
    }

    private static List<Line> meaningfulLines(String text) {
        List<Line> kept = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String cleaned = FRAME.matcher(TRACEBACK_HEADER.matcher(line).replaceAll(" ")).replaceAll(QueryText::frame);
            boolean flattened = !cleaned.equals(line);
            cleaned = WARNING_PREFIX.matcher(cleaned).replaceFirst("");
            cleaned = SOURCE_POSITION.matcher(ADDRESS.matcher(cleaned).replaceAll(" ")).replaceAll(" ");
            if (!cleaned.isBlank() && !NOISE_LINE.matcher(cleaned).matches()) {
                kept.add(new Line(cleaned, flattened));
            }
        }
        return kept;
    }

    /**
     * Where the exception starts in {@code line}: at its start when it opens with an exception
     * name; in a flattened traceback, at the last name that ends it or is followed by a message;
     * otherwise -1.
     */
    private static int errorStart(Line line) {
        String text = line.text();
        Matcher name = EXCEPTION_NAME.matcher(text);
        int at = -1;
        while (name.find()) {
            if (text.substring(0, name.start()).isBlank()) {
                return name.start();
            }
            String after = text.substring(name.end());
            if (line.flattened() && (after.isBlank() || after.startsWith(":"))) {
                at = name.start();
            }
        }
        return at;
    }

    private static String join(List<String> lines) {
        return String.join("\n", lines.stream().filter(line -> !line.isBlank()).toList());
    }

    private static String frame(MatchResult frame) {
        String path = frame.group(1).replace('\\', '/');
        String function = frame.group(2);
        boolean inAsyncio = path.contains("/asyncio/");
        return inAsyncio && function != null && !function.startsWith("<") ? Matcher.quoteReplacement(" " + function + " ") : " ";
    }
}
