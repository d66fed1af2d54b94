package io.github.asyncioanswers.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits markdown text into heading blocks, knowing that {@code #} inside a code fence is code. */
final class MarkdownBlocks {

    /** One source line; {@code code} is true inside a fenced code block (fence lines included). */
    record Line(int number, String text, boolean code) {
    }

    /** A heading (level 0 and an empty title for text before the first heading) and its lines. */
    record RawBlock(int level, String title, int line, List<Line> body) {
        RawBlock {
            body = List.copyOf(body);
        }
    }

    /** The blocks of a text and the lines of the fences that were never closed. */
    record Split(List<RawBlock> blocks, List<Integer> unclosedFences) {
    }

    // Possessive quantifiers and the closing #s stripped in code keep matching linear in the line's
    // length: the lazy pattern used before took 30 s on a heading line with 30,000 spaces.
    private static final Pattern HEADING = Pattern.compile("^ {0,3}+(#{1,6}+)[ \\t](.*+)$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}+(`{3,}+|~{3,}+)(.*+)$");

    private MarkdownBlocks() {
    }

    /**
     * Splits {@code lines} into blocks. A fence that is never closed would hide every heading
     * after it, so such a fence line is read as plain text and reported.
     */
    static Split split(List<String> lines) {
        Scan scan = new Scan(lines);
        scan.run();
        return new Split(scan.blocks, List.copyOf(scan.unclosedFences));
    }

    /** The title of {@code line} when it is a heading with a title. */
    static Optional<String> heading(String line) {
        Matcher heading = HEADING.matcher(line);
        return heading.matches() ? Optional.ofNullable(headingTitle(heading)) : Optional.empty();
    }

    /** The title of a heading line, or null when the line is not a heading. */
    static String headingTitle(Matcher heading) {
        String rest = heading.group(2);
        int start = 0;
        while (start < rest.length() && (rest.charAt(start) == ' ' || rest.charAt(start) == '\t')) {
            start++;
        }
        rest = rest.substring(start);
        int end = rest.length();
        while (end > 0 && (rest.charAt(end - 1) == ' ' || rest.charAt(end - 1) == '\t')) {
            end--;
        }
        int hashes = end;
        while (hashes > 0 && rest.charAt(hashes - 1) == '#') {
            hashes--;
        }
        // A closing sequence of #s counts only after a space or tab: "# C#" is about C#.
        boolean closing = hashes < end && hashes > 0 && (rest.charAt(hashes - 1) == ' ' || rest.charAt(hashes - 1) == '\t');
        String title = rest.substring(0, closing ? hashes : end);
        return title.isBlank() ? null : title.trim();
    }

    private static final class Scan {
        private final List<String> lines;
        /** For each line, the longest line at or after it that could close a ``` or a ~~~ fence. */
        private final int[] longestBacktickCloser;
        private final int[] longestTildeCloser;
        private final List<RawBlock> blocks = new ArrayList<>();
        private final List<Integer> unclosedFences = new ArrayList<>();
        private int level;
        private String title = "";
        private int headingLine = 1;
        private List<Line> body = new ArrayList<>();

        Scan(List<String> lines) {
            this.lines = lines;
            this.longestBacktickCloser = new int[lines.size() + 1];
            this.longestTildeCloser = new int[lines.size() + 1];
            for (int i = lines.size() - 1; i >= 0; i--) {
                int run = closerLength(lines.get(i));
                char c = run > 0 ? lines.get(i).strip().charAt(0) : 0;
                longestBacktickCloser[i] = Math.max(longestBacktickCloser[i + 1], c == '`' ? run : 0);
                longestTildeCloser[i] = Math.max(longestTildeCloser[i + 1], c == '~' ? run : 0);
            }
        }

        void run() {
            String fence = null;
            for (int i = 0; i < lines.size(); i++) {
                int number = i + 1;
                String text = lines.get(i);
                if (fence != null) {
                    body.add(new Line(number, text, true));
                    if (closes(text, fence)) {
                        fence = null;
                    }
                    continue;
                }
                String opened = opening(text);
                if (opened != null && closedAfter(opened, i + 1)) {
                    fence = opened;
                    body.add(new Line(number, text, true));
                    continue;
                }
                if (opened != null) {
                    unclosedFences.add(number);
                }
                readLine(number, text);
            }
            finish();
        }

        private void readLine(int number, String text) {
            Matcher heading = HEADING.matcher(text);
            String headingTitle = heading.matches() ? headingTitle(heading) : null;
            if (headingTitle != null) {
                finish();
                level = heading.group(1).length();
                title = headingTitle;
                headingLine = number;
            } else {
                body.add(new Line(number, text, false));
            }
        }

        private boolean closedAfter(String fence, int from) {
            int[] longest = fence.charAt(0) == '`' ? longestBacktickCloser : longestTildeCloser;
            return longest[from] >= fence.length();
        }

        private void finish() {
            if (level > 0 || body.stream().anyMatch(line -> !line.text().isBlank())) {
                blocks.add(new RawBlock(level, title, headingLine, body));
            }
            body = new ArrayList<>();
        }

        private static String opening(String text) {
            Matcher m = FENCE.matcher(text);
            if (!m.matches()) {
                return null;
            }
            // A backtick fence's info string may not contain backticks (CommonMark), which is
            // what keeps ```inline``` code on one line from opening a fence.
            if (m.group(1).charAt(0) == '`' && m.group(2).contains("`")) {
                return null;
            }
            return m.group(1);
        }

        private static boolean closes(String text, String fence) {
            int run = closerLength(text);
            return run >= fence.length() && text.strip().charAt(0) == fence.charAt(0);
        }

        /** The length of a line made only of one fence character (indented 3 or less), else 0. */
        private static int closerLength(String text) {
            String trimmed = text.strip();
            if (trimmed.length() < 3 || text.length() - text.stripLeading().length() > 3) {
                return 0;
            }
            char c = trimmed.charAt(0);
            if (c != '`' && c != '~') {
                return 0;
            }
            for (int i = 0; i < trimmed.length(); i++) {
                if (trimmed.charAt(i) != c) {
                    return 0;
                }
            }
            return trimmed.length();
        }
    }
}
