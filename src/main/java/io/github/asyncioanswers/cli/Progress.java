package io.github.asyncioanswers.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Progress of a long indexing on stderr: a line every {@code every} while it runs, then its rate in
 * blocks per second. A short indexing prints nothing.
 */
final class Progress implements AutoCloseable {

    private final PrintStream err;
    private final long startNanos = System.nanoTime();
    private final AtomicBoolean shown = new AtomicBoolean();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "progress");
        thread.setDaemon(true);
        return thread;
    });

    Progress(PrintStream err, Duration every) {
        this.err = err;
        ticker.scheduleAtFixedRate(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tick() {
        shown.set(true);
        err.printf(Locale.ROOT, "indexing... %.0f s%n", elapsedSeconds());
    }

    /** Stops the ticker; when it has shown anything, prints the rate of {@code blocks}. */
    void done(int blocks) {
        close();
        if (shown.get()) {
            double seconds = Math.max(elapsedSeconds(), 1e-3);
            err.printf(Locale.ROOT, "indexed %d blocks in %.1f s (%.0f blocks/s)%n", blocks, seconds, blocks / seconds);
        }
    }

    private double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
