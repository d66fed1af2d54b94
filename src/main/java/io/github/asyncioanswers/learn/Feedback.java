package io.github.asyncioanswers.learn;

import java.util.Objects;
import java.util.Optional;

/**
 * A thumbs up or down on an answer.
 *
 * @param id   the block judged; empty means the answer the query was given
 * @param user the raw user id, hashed before anything is written; empty when unknown (HTTP)
 */
public record Feedback(String queryId, Optional<String> id, boolean helpful, Channel channel, Optional<String> user) {

    public Feedback {
        Objects.requireNonNull(queryId, "queryId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(user, "user");
    }
}
