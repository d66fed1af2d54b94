package io.github.asyncioanswers.learn;

import java.util.List;
import java.util.Objects;

/** One line of the query log: a query answered, or feedback on one. Field names are the JSON names. */
public sealed interface LogEntry permits LogEntry.Query, LogEntry.Vote {

    String QUERY = "query";
    String FEEDBACK = "feedback";

    String queryId();

    /**
     * A question and the answer given.
     *
     * @param answerId null when no note answered
     * @param user     the salted SHA-256 of the user id, null when unknown
     */
    record Query(String type, String queryId, String at, String channel, String kind, String question,
                 boolean answered, String answerId, double confidence, List<String> results, String user)
            implements LogEntry {

        public Query {
            Objects.requireNonNull(queryId, "queryId");
            Objects.requireNonNull(question, "question");
            results = results == null ? List.of() : List.copyOf(results);
        }
    }

    /** A thumbs up ({@code helpful}) or down on block {@code id} of a query. */
    record Vote(String type, String queryId, String at, String channel, String id, Boolean helpful, String user)
            implements LogEntry {

        public Vote {
            Objects.requireNonNull(queryId, "queryId");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(helpful, "helpful");
        }
    }
}
