package io.github.asyncioanswers.http;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each holds up to {@code burst} tokens and refills at {@code perSecond};
 * a request takes one. Thread safe.
 */
final class RateLimiter {

    /** Past this many clients, buckets that have refilled (idle clients) are dropped. */
    private static final int MAX_CLIENTS = 10_000;
    private static final long SWEEP_INTERVAL_NANOS = 1_000_000_000L;
    private static final long NEVER = Long.MIN_VALUE;

    private final double perSecond;
    private final int burst;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong(NEVER);

    RateLimiter(double perSecond, int burst, LongSupplier nanoTime) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1: " + perSecond + ", " + burst);
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** Takes a token for {@code client}: empty when the request may go on, else how long until a token is free. */
    Optional<Duration> retryAfter(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            sweep(nanoTime.getAsLong());
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(nanoTime.getAsLong())).take(nanoTime.getAsLong());
    }

    /**
     * Forgets the clients whose buckets are full again, at most once a second: with many active
     * clients nothing can be forgotten, and scanning them all on every request would cost the most
     * exactly when the API is busiest.
     */
    private void sweep(long now) {
        long last = lastSweep.get();
        if ((last == NEVER || now - last >= SWEEP_INTERVAL_NANOS) && lastSweep.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
    }

    private final class Bucket {
        private double tokens = burst;
        private long refilledAt;

        Bucket(long now) {
            refilledAt = now;
        }

        synchronized Optional<Duration> take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1e9)));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
        }
    }
}
