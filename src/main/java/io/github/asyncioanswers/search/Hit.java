package io.github.asyncioanswers.search;

import java.util.List;
import java.util.Objects;

/**
 * One block found for a question.
 *
 * @param score      the ranking score (only comparable within one search)
 * @param confidence how sure the search is that this block answers the question, 0..1
 */
public record Hit(
        String id,
        String question,
        String answer,
        List<String> headingPath,
        String language,
        String file,
        int line,
        double score,
        double confidence) {

    public Hit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(file, "file");
        headingPath = List.copyOf(headingPath);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
        }
    }
}
