package io.github.asyncioanswers.learn;

/** What became of a piece of feedback. */
public enum FeedbackOutcome {
    /** The first vote of this user on this answer of this query. */
    RECORDED,
    /** The same vote again: nothing new is written. */
    UNCHANGED,
    /** The user changed their vote; the new one counts. */
    CHANGED,
    /** No query with that id is known (never issued, or forgotten). */
    UNKNOWN_QUERY,
    /** The block was not among the query's results (or the query had no answer to judge). */
    NOT_A_RESULT
}
