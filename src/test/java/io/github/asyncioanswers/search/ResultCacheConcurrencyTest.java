package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Callers asking one new question at the same moment, against a real (empty) Lucene index state. */
@Timeout(20)
class ResultCacheConcurrencyTest {

    @TempDir
    Path dir;

    private Directory directory;
    private DirectoryReader reader;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @BeforeEach
    void openIndex() throws IOException {
        directory = FSDirectory.open(dir);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterEach
    void close() throws IOException {
        pool.shutdownNow();
        reader.close();
        directory.close();
    }

    private ResultCache cache() {
        return new ResultCache(10, new SearchListener() {
            @Override
            public void searched(boolean answered, Duration took) {
            }

            @Override
            public void hit() {
                hits.incrementAndGet();
            }

            @Override
            public void miss() {
                misses.incrementAndGet();
            }
        });
    }

    private static SearchResult answer(String text) {
        return new SearchResult(text, false, List.of(), Duration.ofMillis(5));
    }

    /** Waits until {@code counter} reaches {@code count}; the class's timeout bounds the wait. */
    private static void awaitCount(AtomicInteger counter, int count) throws InterruptedException {
        while (counter.get() < count) {
            Thread.sleep(1);
        }
    }

    @Test
    void callers_asking_a_question_whose_search_is_running_wait_for_it_instead_of_searching_again() throws Exception {
        ResultCache cache = cache();
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger searches = new AtomicInteger();
        ResultCache.Search slow = () -> {
            searches.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer("what is a task");
        };

        Future<SearchResult> first = pool.submit(() -> cache.get(reader, "what is a task", 5, slow));
        awaitCount(misses, 1);
        Future<SearchResult> second = pool.submit(() -> cache.get(reader, " what is a task ", 5, slow));
        Future<SearchResult> third = pool.submit(() -> cache.get(reader, "what is a task", 5, slow));
        awaitCount(hits, 2); // both found the search running and wait for it
        release.countDown();

        assertThat(first.get().query()).isEqualTo("what is a task");
        assertThat(second.get().query()).isEqualTo(" what is a task ");
        assertThat(third.get().query()).isEqualTo("what is a task");
        assertThat(searches).hasValue(1);
        assertThat(misses).hasValue(1);
        assertThat(hits).hasValue(2);
        assertThat(cache.size()).isEqualTo(1);
    }

    /** A search that waits for {@code release}, then fails with what {@code failure} makes. */
    private static ResultCache.Search failingAfter(CountDownLatch release, Supplier<Throwable> failure) {
        return () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Throwable thrown = failure.get();
            if (thrown instanceof IOException io) {
                throw io;
            }
            throw (Error) thrown;
        };
    }

    @Test
    void a_failed_search_fails_its_waiters_too_and_the_next_caller_searches_again() throws Exception {
        ResultCache cache = cache();
        CountDownLatch release = new CountDownLatch(1);
        ResultCache.Search failing = failingAfter(release, () -> new IOException("index gone"));

        Future<SearchResult> first = pool.submit(() -> cache.get(reader, "q", 5, failing));
        awaitCount(misses, 1);
        Future<SearchResult> waiter = pool.submit(() -> cache.get(reader, "q", 5, failing));
        awaitCount(hits, 1);
        release.countDown();

        assertThatThrownBy(first::get).hasCauseInstanceOf(IOException.class).hasMessageContaining("index gone");
        assertThatThrownBy(waiter::get).hasCauseInstanceOf(IOException.class).hasMessageContaining("index gone");
        assertThat(cache.get(reader, "q", 5, () -> answer("q")).query()).isEqualTo("q");
        assertThat(misses).hasValue(2);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void a_search_that_dies_of_an_error_fails_its_waiters_instead_of_leaving_them_waiting() throws Exception {
        ResultCache cache = cache();
        CountDownLatch release = new CountDownLatch(1);
        ResultCache.Search dying = failingAfter(release, () -> new StackOverflowError("deep"));

        Future<SearchResult> first = pool.submit(() -> cache.get(reader, "q", 5, dying));
        awaitCount(misses, 1);
        Future<SearchResult> waiter = pool.submit(() -> cache.get(reader, "q", 5, dying));
        awaitCount(hits, 1);
        release.countDown();

        assertThatThrownBy(first::get).hasCauseInstanceOf(StackOverflowError.class);
        assertThatThrownBy(() -> waiter.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(StackOverflowError.class);
    }
}
