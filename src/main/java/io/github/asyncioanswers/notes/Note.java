package io.github.asyncioanswers.notes;

import java.util.List;
import java.util.Objects;

/**
 * One question/answer block of the notes.
 *
 * @param id          the question id (given in the note, or derived from file and heading path)
 * @param question    the heading text, trimmed
 * @param answer      the markdown under the heading, code fences intact, id lines removed
 * @param headingPath the parent headings, outermost first
 * @param alsoAsked   alternate phrasings given with {@code also asked:} lines
 * @param language    {@code en} or {@code ru}
 * @param file        the note file, relative to the notes folder's parent (e.g. {@code notes/a.md})
 * @param line        the 1-based line of the heading
 */
public record Note(
        String id,
        String question,
        String answer,
        List<String> headingPath,
        List<String> alsoAsked,
        String language,
        String file,
        int line) {

    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(file, "file");
        headingPath = List.copyOf(headingPath);
        alsoAsked = List.copyOf(alsoAsked);
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
    }
}
