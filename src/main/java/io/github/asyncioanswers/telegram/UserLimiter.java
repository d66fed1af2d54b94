package io.github.asyncioanswers.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** Counts each user's messages per minute so that one user cannot flood the bot; the user is told once. */
final class UserLimiter {

    /** What to do with a user's message. */
    enum Verdict { ANSWER, WARN, IGNORE }

    private static final long WINDOW = Duration.ofMinutes(1).toNanos();
    private static final int FORGET_AFTER_USERS = 10_000;

    private final int perMinute;
    private final LongSupplier nanoTime;
    private final Map<Long, Window> windows = new ConcurrentHashMap<>();

    UserLimiter(int perMinute, LongSupplier nanoTime) {
        this.perMinute = perMinute;
        this.nanoTime = nanoTime;
    }

    Verdict check(long userId) {
        long now = nanoTime.getAsLong();
        if (windows.size() > FORGET_AFTER_USERS) {
            windows.values().removeIf(window -> now - window.start >= WINDOW);
        }
        Window window = windows.compute(userId, (id, old) -> old == null || now - old.start >= WINDOW
                ? new Window(now, 1) : new Window(old.start, old.count + 1));
        if (window.count <= perMinute) {
            return Verdict.ANSWER;
        }
        return window.count == perMinute + 1 ? Verdict.WARN : Verdict.IGNORE;
    }

    private record Window(long start, int count) {
    }
}
