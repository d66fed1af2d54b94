package io.github.asyncioanswers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries from several threads while the index is updated and rebuilt in a loop: none fails, none is empty. */
class QueriesDuringReindexTest {

    private static final int QUERY_THREADS = 3;
    private static final int REINDEX_ROUNDS = 12;

    @TempDir
    Path temp;

    @Test
    void every_query_during_reindexing_is_answered_from_a_whole_index() throws Exception {
        Path notes = temp.resolve("notes");
        TestNotes.generate(notes, 20, 10);
        TestNotes.write(notes.resolve("stable.md"), "steadyword");
        TestNotes.write(notes.resolve("changing.md"), "flipword0");
        try (App app = App.open(TestConfig.of(notes, temp.resolve("index"), Duration.ofMillis(100), false,
                Optional.empty())).start()) {
            TestHttp http = new TestHttp(app.httpPort());
            AtomicBoolean reindexing = new AtomicBoolean(true);
            AtomicInteger answered = new AtomicInteger();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            CountDownLatch querying = new CountDownLatch(QUERY_THREADS);
            ExecutorService pool = Executors.newFixedThreadPool(QUERY_THREADS);
            for (int t = 0; t < QUERY_THREADS; t++) {
                pool.execute(() -> {
                    querying.countDown();
                    while (reindexing.get()) {
                        for (String word : List.of("steadyword", "flipword", "gen7x3")) {
                            HttpResponse<String> response = http.get("/api/v1/search?limit=3&q=" + word);
                            if (response.statusCode() != 200 || response.body().contains("\"results\":[]")) {
                                failures.add(word + " -> " + response.statusCode() + " " + response.body());
                            }
                            answered.incrementAndGet();
                        }
                    }
                });
            }
            querying.await();
            for (int round = 1; round <= REINDEX_ROUNDS; round++) {
                TestNotes.write(notes.resolve("changing.md"), "flipword" + round, "flipword");
                if (round % 4 == 0) {
                    app.rebuild();
                } else {
                    app.reindex();
                }
            }
            reindexing.set(false);
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            assertThat(failures).isEmpty();
            assertThat(answered.get()).isGreaterThan(REINDEX_ROUNDS);
        }
    }
}
