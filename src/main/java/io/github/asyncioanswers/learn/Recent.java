package io.github.asyncioanswers.learn;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Values by key, forgetting the oldest key once more than {@code capacity} are held. Thread safe
 * without a lock, so that recording an answer never waits for another thread. Putting a key again
 * replaces its value and keeps its age.
 */
final class Recent<V> {

    private final int capacity;
    private final ConcurrentHashMap<String, V> byKey = new ConcurrentHashMap<>();
    private final Queue<String> oldestFirst = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    Recent(int capacity) {
        this.capacity = capacity;
    }

    void put(String key, V value) {
        if (byKey.put(key, value) != null) {
            return;
        }
        oldestFirst.add(key);
        if (size.incrementAndGet() > capacity) {
            String oldest = oldestFirst.poll();
            if (oldest != null) {
                byKey.remove(oldest);
                size.decrementAndGet();
            }
        }
    }

    /** The value of {@code key}, or null when it was never put or has been forgotten. */
    V get(String key) {
        return byKey.get(key);
    }
}
