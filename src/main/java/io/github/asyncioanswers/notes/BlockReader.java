package io.github.asyncioanswers.notes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the raw heading blocks of one file into notes: ids, alternate phrasings, heading paths. */
final class BlockReader {

    // Possessive, and the value's trailing spaces stripped in code: a lazy group before \s*$ is
    // quadratic in the length of a line (12 s for an id line with 30,000 spaces).
    private static final Pattern ID_LINE = Pattern.compile("(?i)^\\s*+question[ _]?id\\s*+:\\s*+(.*+)$");
    private static final Pattern ALSO_ASKED = Pattern.compile("(?i)^\\s*+also[ _]asked\\s*+:\\s*+(.*+)$");
    private static final Pattern UUID = Pattern.compile(
            "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private record Heading(int level, String title) {
    }

    private final String file;
    private final List<ParseWarning> warnings;
    private final Deque<Heading> parents = new ArrayDeque<>();
    private final Map<String, Integer> occurrences = new HashMap<>();

    BlockReader(String file, List<ParseWarning> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    List<Note> read(List<MarkdownBlocks.RawBlock> blocks) {
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            MarkdownBlocks.RawBlock block = blocks.get(i);
            boolean hasChildren = i + 1 < blocks.size() && blocks.get(i + 1).level() > block.level();
            read(block, hasChildren).ifPresent(notes::add);
        }
        return notes;
    }

    private Optional<Note> read(MarkdownBlocks.RawBlock block, boolean hasChildren) {
        if (block.level() == 0) {
            warnings.add(new ParseWarning(file, firstTextLine(block),
                    "text before the first heading belongs to no question and is not indexed"));
            return Optional.empty();
        }
        while (!parents.isEmpty() && parents.peek().level() >= block.level()) {
            parents.pop();
        }
        List<String> path = new ArrayList<>();
        parents.descendingIterator().forEachRemaining(heading -> path.add(heading.title()));
        parents.push(new Heading(block.level(), block.title()));
        Body body = Body.of(block);
        body.extraIdLines().forEach(line -> warnings.add(new ParseWarning(file, line,
                "second question id in the block under \"" + block.title() + "\"; ignored")));
        if (body.answer().isBlank()) {
            if (!hasChildren || body.givenId() != null) {
                warnings.add(new ParseWarning(file, block.line(), "heading \"" + block.title()
                        + "\" has no answer text and is not indexed"));
            }
            return Optional.empty();
        }
        String id = idFor(block, path, body);
        String language = Language.detect(block.title() + "\n" + body.prose());
        return Optional.of(new Note(id, block.title(), body.answer(), path, body.alsoAsked(),
                language, file, block.line()));
    }

    private String idFor(MarkdownBlocks.RawBlock block, List<String> path, Body body) {
        String key = String.join("\u0000", path) + "\u0000" + block.title();
        int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
        String derived = DerivedIds.forBlock(file, path, block.title(), occurrence);
        if (body.givenId() == null) {
            return derived;
        }
        if (body.givenId().isEmpty()) {
            warnings.add(new ParseWarning(file, body.idLine(), "empty question id; using derived id " + derived));
            return derived;
        }
        if (!UUID.matcher(body.givenId()).matches()) {
            warnings.add(new ParseWarning(file, body.idLine(), "malformed question id \"" + body.givenId()
                    + "\" (expected a UUID like 0b778831-da0a-459e-b906-d99da99e44b4); using derived id " + derived));
            return derived;
        }
        return body.givenId().toLowerCase(Locale.ROOT);
    }

    private static int firstTextLine(MarkdownBlocks.RawBlock block) {
        return block.body().stream().filter(line -> !line.text().isBlank())
                .mapToInt(MarkdownBlocks.Line::number).findFirst().orElse(1);
    }

    /** The parts of a block's body: answer markdown, prose (for language detection), id, phrasings. */
    private record Body(String answer, String prose, String givenId, int idLine, List<String> alsoAsked,
                        List<Integer> extraIdLines) {

        static Body of(MarkdownBlocks.RawBlock block) {
            List<String> answer = new ArrayList<>();
            StringBuilder prose = new StringBuilder();
            List<String> alsoAsked = new ArrayList<>();
            List<Integer> extraIdLines = new ArrayList<>();
            String givenId = null;
            int idLine = 0;
            for (MarkdownBlocks.Line line : block.body()) {
                if (!line.code()) {
                    Matcher id = ID_LINE.matcher(line.text());
                    if (id.matches()) {
                        if (givenId == null) {
                            givenId = stripTrailingSpace(id.group(1));
                            idLine = line.number();
                        } else {
                            extraIdLines.add(line.number());
                        }
                        continue;
                    }
                    Matcher also = ALSO_ASKED.matcher(line.text());
                    if (also.matches() && !stripTrailingSpace(also.group(1)).isEmpty()) {
                        alsoAsked.add(stripTrailingSpace(also.group(1)));
                        continue;
                    }
                    prose.append(line.text()).append('\n');
                }
                answer.add(line.text());
            }
            return new Body(trimBlankLines(answer), prose.toString(), givenId, idLine, alsoAsked, extraIdLines);
        }

        /** Strips what the pattern's {@code \s} matches: space, tab, line feed, vertical tab, form feed, return. */
        private static String stripTrailingSpace(String value) {
            int end = value.length();
            while (end > 0 && " \t\n\u000B\f\r".indexOf(value.charAt(end - 1)) >= 0) {
                end--;
            }
            return value.substring(0, end);
        }

        private static String trimBlankLines(List<String> lines) {
            int start = 0;
            int end = lines.size();
            while (start < end && lines.get(start).isBlank()) {
                start++;
            }
            while (end > start && lines.get(end - 1).isBlank()) {
                end--;
            }
            List<String> kept = lines.subList(start, end).stream().map(String::stripTrailing).toList();
            return String.join("\n", kept);
        }
    }
}
