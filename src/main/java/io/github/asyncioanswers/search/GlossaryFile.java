package io.github.asyncioanswers.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The glossary file's syntax. One group a line, members separated by commas ({@code coroutine,
 * корутина}); {@code A, B -> C} is a one-way group, where A and B find C and not the reverse;
 * {@code #} starts a comment. A line {@code error: PATTERN => MEANING} (the prefix in any case)
 * says what an error message means instead ({@link ErrorMeanings}). Nothing a note author writes
 * stops the file from loading: a malformed error line is skipped with a warning that names it.
 */
final class GlossaryFile {

    private static final Logger LOG = LoggerFactory.getLogger(GlossaryFile.class);

    /** Starts a line that says what an error message means, rather than a group. */
    static final String ERROR_PREFIX = "error:";
    private static final String ERROR_ARROW = "=>";
    /** Separates the members that find a one-way group from those they find. */
    private static final String ONE_WAY_ARROW = "->";

    private GlossaryFile() {
    }

    /** Reads a glossary file; a missing file gives an empty glossary and one warning. */
    static Glossary read(Path file) throws IOException {
        try {
            Glossary glossary = parse(Files.readAllLines(file, StandardCharsets.UTF_8));
            LOG.info("glossary {}: {} groups of equivalent terms, {} error messages explained", file, glossary.size(),
                    glossary.errorCount());
            return glossary;
        } catch (NoSuchFileException e) {
            LOG.warn("glossary {} not found; queries are not expanded", file);
            return Glossary.empty();
        }
    }

    static Glossary parse(List<String> lines) {
        List<Glossary.Group> groups = new ArrayList<>();
        List<ErrorMeanings.Entry> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String stripped = line.strip();
            if (stripped.regionMatches(true, 0, ERROR_PREFIX, 0, ERROR_PREFIX.length())) {
                errorEntry(stripped.substring(ERROR_PREFIX.length()), i + 1).ifPresent(errors::add);
                continue;
            }
            if (line.contains(ERROR_ARROW) && !stripped.startsWith("#")) {
                LOG.warn("glossary line {}: '{}' belongs only in a line that starts with '{}'; read as a group",
                        i + 1, ERROR_ARROW, ERROR_PREFIX);
            }
            group(line).ifPresent(groups::add);
        }
        return new Glossary(groups, new ErrorMeanings(errors));
    }

    /** The group of a line, if it has one: at least two members, at least one of them a finder. */
    private static Optional<Glossary.Group> group(String line) {
        String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
        int arrow = content.indexOf(ONE_WAY_ARROW);
        List<String> finders = members(arrow < 0 ? content : content.substring(0, arrow));
        List<String> found = arrow < 0 ? List.of() : members(content.substring(arrow + ONE_WAY_ARROW.length()));
        List<String> members = new ArrayList<>(finders);
        members.addAll(found);
        return members.size() > 1 && !finders.isEmpty() ? Optional.of(new Glossary.Group(members, finders)) : Optional.empty();
    }

    private static List<String> members(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(member -> !member.isEmpty()).toList();
    }

    /** {@code PATTERN => MEANING}; a malformed line is skipped with a warning that names it. */
    private static Optional<ErrorMeanings.Entry> errorEntry(String text, int lineNumber) {
        int arrow = text.indexOf(ERROR_ARROW);
        if (arrow < 0) {
            LOG.warn("glossary line {}: an error line needs 'error: PATTERN => MEANING'; skipped", lineNumber);
            return Optional.empty();
        }
        try {
            return Optional.of(ErrorMeanings.Entry.of(text.substring(0, arrow), text.substring(arrow + ERROR_ARROW.length())));
        } catch (IllegalArgumentException e) {
            LOG.warn("glossary line {}: {}; skipped", lineNumber, e.getMessage());
            return Optional.empty();
        }
    }
}
