package io.github.asyncioanswers.learn;

import io.github.asyncioanswers.search.Hit;
import io.github.asyncioanswers.search.SearchResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One answer the bot gave, as the query log records it.
 *
 * @param kind     a typed question, or an answer opened by id (a button, a command)
 * @param answerId the block given as the answer; empty when no note answered
 * @param results  every block shown, the answer first; feedback may name any of them
 * @param user     the raw user id, hashed before anything is written; empty when unknown (HTTP)
 */
public record Asked(Channel channel, Kind kind, String question, boolean answered, Optional<String> answerId,
                    double confidence, List<String> results, Optional<String> user) {

    /** Whether the user typed the question or opened an answer by its id. */
    public enum Kind { QUESTION, OPEN }

    public Asked {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answerId, "answerId");
        Objects.requireNonNull(user, "user");
        results = List.copyOf(results);
    }

    /** A typed question and what the search found for it. */
    public static Asked question(Channel channel, Optional<String> user, SearchResult result) {
        Optional<Hit> top = result.hits().stream().findFirst();
        return new Asked(channel, Kind.QUESTION, result.query(), result.answered(),
                top.filter(hit -> result.answered()).map(Hit::id), top.map(Hit::confidence).orElse(0.0),
                result.hits().stream().map(Hit::id).toList(), user);
    }

    /** An answer opened by its id. */
    public static Asked opened(Channel channel, Optional<String> user, Hit hit) {
        return new Asked(channel, Kind.OPEN, hit.question(), true, Optional.of(hit.id()), 1.0, List.of(hit.id()), user);
    }
}
