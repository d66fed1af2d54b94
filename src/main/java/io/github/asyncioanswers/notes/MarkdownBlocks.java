package io.github.asyncioanswers.notes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    /** The blocks of a text and the line of a fence that was never closed (0 when none). */
    record Split(List<RawBlock> blocks, List<Integer> unclosedFences) {
    }

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");

    private MarkdownBlocks() {
    }

    /**
     * Splits {@code lines} into blocks. A fence that is never closed would hide every heading
     * after it, so such a fence line is read again as plain text and reported.
     */
    static Split split(List<String> lines) {
        Set<Integer> notFences = new HashSet<>();
        while (true) {
            Scan scan = new Scan(lines, notFences);
            int unclosed = scan.run();
            if (unclosed == 0) {
                return new Split(scan.blocks, List.copyOf(notFences));
            }
            notFences.add(unclosed);
        }
    }

    private static final class Scan {
        private final List<String> lines;
        private final Set<Integer> notFences;
        private final List<RawBlock> blocks = new ArrayList<>();
        private int level;
        private String title = "";
        private int headingLine = 1;
        private List<Line> body = new ArrayList<>();

        Scan(List<String> lines, Set<Integer> notFences) {
            this.lines = lines;
            this.notFences = notFences;
        }

        /** Returns the line of an unclosed fence, or 0. */
        int run() {
            String fence = null;
            int fenceLine = 0;
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
                String opened = notFences.contains(number) ? null : opening(text);
                if (opened != null) {
                    fence = opened;
                    fenceLine = number;
                    body.add(new Line(number, text, true));
                    continue;
                }
                Matcher heading = HEADING.matcher(text);
                if (heading.matches() && !heading.group(2).isBlank()) {
                    finish();
                    level = heading.group(1).length();
                    title = heading.group(2).trim();
                    headingLine = number;
                } else {
                    body.add(new Line(number, text, false));
                }
            }
            if (fence != null) {
                return fenceLine;
            }
            finish();
            return 0;
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
            String trimmed = text.strip();
            if (trimmed.length() < fence.length() || text.length() - text.stripLeading().length() > 3) {
                return false;
            }
            char c = fence.charAt(0);
            for (int i = 0; i < trimmed.length(); i++) {
                if (trimmed.charAt(i) != c) {
                    return false;
                }
            }
            return true;
        }
    }
}
