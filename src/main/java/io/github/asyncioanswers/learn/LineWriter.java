package io.github.asyncioanswers.learn;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends the query log's lines to its files on a thread of its own, in the order they were
 * given, so that a question is never kept waiting by the disk or by another question's write.
 * A line that cannot be written (a full disk) is lost and said once; so is a line given while the
 * writer is {@link #CAPACITY} lines behind. Each line's future says when it is on disk, or why not.
 */
final class LineWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueryLog.class);
    /** Lines waiting at most; a writer this far behind has a disk that stopped, not a busy one. */
    static final int CAPACITY = 100_000;
    private static final long POLL_MILLIS = 100;

    /** A line to append; {@code text} null marks a flush. */
    private record Line(String text, CompletableFuture<Void> written) {
    }

    private final LogFiles files;
    private final BlockingQueue<Line> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final Thread thread;
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closing;
    /** Lines lost since writing last worked; only the writer thread touches it. */
    private long unwritten;

    LineWriter(LogFiles files) {
        this.files = files;
        this.thread = new Thread(this::run, "query-log-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code text} to be appended as one line; never waits for the disk. */
    CompletableFuture<Void> append(String text) {
        return enqueue(new Line(text, new CompletableFuture<>()));
    }

    /** Waits until every line given before this call has been written or given up on. */
    void flush() {
        enqueue(new Line(null, new CompletableFuture<>())).exceptionally(e -> null).join();
    }

    private CompletableFuture<Void> enqueue(Line line) {
        if (closing || !queue.offer(line)) {
            if (dropped.getAndIncrement() == 0) {
                LOG.error("the query log is {} lines behind its disk or closed; lines are dropped until it catches up",
                        CAPACITY);
            }
            line.written().completeExceptionally(new IOException("the query log is not taking lines"));
        }
        return line.written();
    }

    private void run() {
        try {
            while (!closing || !queue.isEmpty()) {
                Line line = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (line != null) {
                    write(line);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(Line line) {
        if (line.text() == null) {
            line.written().complete(null);
            return;
        }
        try {
            files.append(line.text());
            long lost = unwritten + dropped.getAndSet(0);
            if (lost > 0) {
                LOG.info("query log written again after {} entries could not be", lost);
                unwritten = 0;
            }
            line.written().complete(null);
        } catch (IOException e) {
            if (unwritten++ == 0) {
                LOG.error("could not write the query log ({}); questions are still answered, and this is "
                        + "logged again when writing works", e.getMessage());
            }
            line.written().completeExceptionally(e);
        }
    }

    /** Writes what is queued, then stops the thread and closes the files. */
    @Override
    public void close() throws IOException {
        closing = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        files.close();
    }
}
