package io.github.asyncioanswers.learn;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends the query log's lines to its files on a thread of its own, in the order they were
 * given, so that a question is never kept waiting by the disk or by another question's write.
 * A line that cannot be written (a full disk) is lost and said once; so is a line given while the
 * writer is {@link #CAPACITY} lines behind. Each line's future says when it is on disk, or why not;
 * every future completes, also for lines given during or after {@link #close()}.
 */
final class LineWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueryLog.class);
    /** Lines waiting at most; a writer this far behind has a disk that stopped, not a busy one. */
    static final int CAPACITY = 100_000;
    private static final long POLL_MILLIS = 100;
    private static final long FLUSH_ROOM_SECONDS = 30;

    /** A line to append; {@code text} null marks a flush. */
    private record Line(String text, CompletableFuture<Void> written) {
    }

    private final LogFiles files;
    private final BlockingQueue<Line> queue;
    private final Thread thread;
    /** Lines are queued under the read lock; closing takes the write lock, so no line slips in after. */
    private final ReadWriteLock gate = new ReentrantReadWriteLock();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean closing;
    /** Lines the disk refused since writing last worked; only the writer thread touches it. */
    private long unwritten;

    LineWriter(LogFiles files) {
        this(files, CAPACITY);
    }

    LineWriter(LogFiles files, int capacity) {
        this.files = files;
        this.queue = new LinkedBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, "query-log-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues {@code text} to be appended as one line; never waits for the disk. */
    CompletableFuture<Void> append(String text) {
        Line line = new Line(text, new CompletableFuture<>());
        gate.readLock().lock();
        try {
            if (closing) {
                line.written().completeExceptionally(new IOException("the query log is closed"));
            } else if (!queue.offer(line)) {
                if (dropped.getAndIncrement() == 0) {
                    LOG.error("the query log is {} lines behind its disk; new lines are dropped until it catches up",
                            queue.size());
                }
                line.written().completeExceptionally(new IOException("the query log is too far behind its disk"));
            }
        } finally {
            gate.readLock().unlock();
        }
        return line.written();
    }

    /**
     * Waits until every line given before this call has been written or given up on; returns at
     * once when closed (closing writes what is queued).
     */
    void flush() {
        Line marker = new Line(null, new CompletableFuture<>());
        gate.readLock().lock();
        try {
            if (closing || !queue.offer(marker, FLUSH_ROOM_SECONDS, TimeUnit.SECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            gate.readLock().unlock();
        }
        marker.written().join();
    }

    private void run() {
        while (!closing || !queue.isEmpty()) {
            try {
                Line line = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (line != null) {
                    write(line);
                }
            } catch (InterruptedException e) {
                // Only close() stops this thread, after the queue is empty.
                Thread.interrupted();
            }
        }
    }

    private void write(Line line) {
        if (line.text() == null) {
            line.written().complete(null);
            return;
        }
        try {
            files.append(line.text());
            if (unwritten > 0) {
                LOG.info("query log written again after {} entries could not be", unwritten);
                unwritten = 0;
            }
            long behind = queue.isEmpty() ? dropped.getAndSet(0) : 0;
            if (behind > 0) {
                LOG.info("query log caught up with its disk after dropping {} entries", behind);
            }
            line.written().complete(null);
        } catch (IOException | RuntimeException e) {
            if (unwritten++ == 0) {
                LOG.error("could not write the query log ({}); questions are still answered, and this is "
                        + "logged again when writing works", e.toString());
            }
            line.written().completeExceptionally(e);
        }
    }

    /** Writes what is queued, then stops the thread and closes the files. */
    @Override
    public void close() throws IOException {
        gate.writeLock().lock();
        try {
            closing = true;
        } finally {
            gate.writeLock().unlock();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Line> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(line -> line.written().completeExceptionally(new IOException("the query log is closed")));
        files.close();
    }
}
