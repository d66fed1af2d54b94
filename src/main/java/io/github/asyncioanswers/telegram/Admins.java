package io.github.asyncioanswers.telegram;

import io.github.asyncioanswers.index.ReindexReport;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Who may use {@code /reindex}, and what it runs: the forced rebuild, passed in so the bot needs no
 * index of its own.
 */
public record Admins(Set<Long> userIds, Callable<ReindexReport> rebuild) {

    public Admins {
        userIds = Set.copyOf(userIds);
        Objects.requireNonNull(rebuild, "rebuild");
    }

    /** Nobody may reindex. */
    public static Admins none() {
        return new Admins(Set.of(), () -> {
            throw new IllegalStateException("nobody may reindex");
        });
    }

    boolean includes(long userId) {
        return userIds.contains(userId);
    }
}
