package io.github.asyncioanswers.telegram;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs work for different chats concurrently and work for one chat in order, so a slow chat delays only itself. */
final class ChatQueues implements AutoCloseable {

    private final ExecutorService workers;
    /** The last task queued for each chat; a chat's next task starts when it ends. */
    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    ChatQueues(int threads) {
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads("telegram-chat-"));
    }

    /** Queues {@code task} behind the chat's earlier tasks; the task must handle its own failures. */
    void submit(long chatId, Runnable task) {
        tails.compute(chatId, (id, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            CompletableFuture<Void> next = previous.thenRunAsync(task, workers);
            next.whenComplete((done, failure) -> tails.remove(id, next));
            return next;
        });
    }

    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Stops taking work and waits briefly for the tasks under way. */
    @Override
    public void close() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }
}
