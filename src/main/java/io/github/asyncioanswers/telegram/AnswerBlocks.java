package io.github.asyncioanswers.telegram;

import io.github.asyncioanswers.notes.NotesParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts an answer's markdown into paragraphs, headings and fenced code blocks. */
final class AnswerBlocks {

    private static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+)\\s*([A-Za-z0-9_+-]*).*$");
    /** The notes are about Python, so a fence without a language is Python more often than not. */
    static final String DEFAULT_LANGUAGE = "python";

    private AnswerBlocks() {
    }

    static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            Optional<String> heading = NotesParser.headingTitle(line);
            if (fence.matches()) {
                flush(paragraph, blocks);
                i = readCode(lines, i, fence.group(1), language(fence.group(2)), blocks);
            } else if (heading.isPresent()) {
                flush(paragraph, blocks);
                blocks.add(Block.heading(heading.get()));
            } else if (line.isBlank()) {
                flush(paragraph, blocks);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : "\n").append(line.stripTrailing());
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    /** Reads a fenced block from the line after {@code start}; an unclosed fence runs to the end. */
    private static int readCode(List<String> lines, int start, String fence, String language, List<Block> blocks) {
        List<String> code = new ArrayList<>();
        int i = start + 1;
        while (i < lines.size() && !isClosing(lines.get(i), fence)) {
            code.add(lines.get(i));
            i++;
        }
        String text = String.join("\n", code).stripTrailing();
        if (!text.isBlank()) {
            blocks.add(Block.code(text, language));
        }
        return i;
    }

    private static boolean isClosing(String line, String fence) {
        String trimmed = line.strip();
        return trimmed.startsWith(fence.substring(0, 3)) && trimmed.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static String language(String info) {
        return info.isEmpty() ? DEFAULT_LANGUAGE : info.toLowerCase();
    }

    private static void flush(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.toString().isBlank()) {
            blocks.add(Block.text(paragraph.toString().strip()));
        }
        paragraph.setLength(0);
    }
}
