package io.github.asyncioanswers.telegram;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/** Spaces out outgoing messages so that one chat gets about one a second and all chats together about 30. */
final class Pacer {

    private static final int FORGET_AFTER_CHATS = 10_000;

    private final Duration chatInterval;
    private final int chatBurst;
    private final Slots global;
    private final Map<Long, Slots> chats = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;

    Pacer(Tuning tuning, LongSupplier nanoTime) {
        this.chatInterval = tuning.chatInterval();
        this.chatBurst = tuning.chatBurst();
        this.global = new Slots(tuning.globalInterval().toNanos(), 1);
        this.nanoTime = nanoTime;
    }

    Pacer(Tuning tuning) {
        this(tuning, System::nanoTime);
    }

    /**
     * Blocks until a message to {@code chatId} may be sent, and counts it as sent. The overall slot is taken
     * only once the chat's turn has come, so a chat that waits never holds up the others.
     */
    void awaitTurn(long chatId) throws InterruptedException {
        sleepUntil(reserveChat(chatId));
        sleepUntil(reserveGlobal());
    }

    /** Reserves the chat's next free slot and returns when it starts (in nanos). */
    long reserveChat(long chatId) {
        long now = nanoTime.getAsLong();
        if (chats.size() > FORGET_AFTER_CHATS) {
            chats.values().removeIf(slots -> slots.idleAt(now));
        }
        return chats.computeIfAbsent(chatId, id -> new Slots(chatInterval.toNanos(), chatBurst)).reserve(now);
    }

    /** Reserves the next free slot of all chats together and returns when it starts (in nanos). */
    long reserveGlobal() {
        return global.reserve(nanoTime.getAsLong());
    }

    private void sleepUntil(long start) throws InterruptedException {
        long wait = start - nanoTime.getAsLong();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    /** A generic cell rate algorithm: one slot per interval, with up to {@code burst} slots taken at once. */
    private static final class Slots {
        private final long interval;
        private final long tolerance;
        private long theoreticalArrival = Long.MIN_VALUE;

        Slots(long interval, int burst) {
            this.interval = interval;
            this.tolerance = interval * (burst - 1);
        }

        synchronized long reserve(long at) {
            long start = theoreticalArrival == Long.MIN_VALUE ? at : Math.max(at, theoreticalArrival - tolerance);
            theoreticalArrival = Math.max(theoreticalArrival == Long.MIN_VALUE ? at : theoreticalArrival, start)
                    + interval;
            return start;
        }

        synchronized boolean idleAt(long now) {
            return theoreticalArrival - now < 0;
        }
    }
}
