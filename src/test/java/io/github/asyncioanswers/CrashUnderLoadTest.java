package io.github.asyncioanswers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server killed with {@code kill -9} while it answers searches and reindexes restarts healthy and whole. */
class CrashUnderLoadTest {

    private static final int FILES = 20;
    private static final int BLOCKS_PER_FILE = 20;
    private static final int CLIENTS = 3;
    private static final int ANSWERS_BEFORE_KILL = 300;
    private static final Duration BOUND = Duration.ofSeconds(15);

    @TempDir
    Path temp;

    @Test
    void a_server_killed_under_search_load_restarts_healthy_with_every_block() throws Exception {
        Path notes = temp.resolve("notes");
        Path indexDir = temp.resolve("index");
        int blocks = TestNotes.generate(notes, FILES, BLOCKS_PER_FILE) + 1;
        TestNotes.write(notes.resolve("changing.md"), "flipword0");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServeUntilKilled.class.getName(),
                notes.toString(), indexDir.toString())
                .redirectError(temp.resolve("child.log").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String ready = out.readLine();
            assertThat(ready).as("child log: %s", temp.resolve("child.log")).startsWith("port ");
            TestHttp http = new TestHttp(Integer.parseInt(ready.substring("port ".length())));
            hammerThenKill(child, http, notes);
        } finally {
            child.destroyForcibly();
        }
        try (App app = App.open(TestConfig.of(notes, indexDir, Duration.ofMillis(50), false, Optional.empty()))) {
            assertThat(app.searcher().size()).as("blocks before any reindex").isEqualTo(blocks);
            app.start();
            TestHttp http = new TestHttp(app.httpPort());
            assertThat(http.get("/health").body()).contains("\"status\":\"UP\"", "\"blocks\":" + blocks);
            for (int file = 0; file < FILES; file++) {
                String word = "gen" + file + "x" + (file % BLOCKS_PER_FILE);
                assertThat(http.search(word)).contains("Use " + word + " wisely");
            }
        }
    }

    /** Searches from several threads while a note is rewritten, and kills the server mid-load. */
    private static void hammerThenKill(Process child, TestHttp http, Path notes) throws InterruptedException {
        SearchLoad load = new SearchLoad(http);
        for (int round = 1; load.answered.get() < ANSWERS_BEFORE_KILL; round++) {
            TestNotes.write(notes.resolve("changing.md"), "flipword" + round);
            int target = Math.min(ANSWERS_BEFORE_KILL, load.answered.get() + 40);
            await().atMost(BOUND).until(() -> load.answered.get() >= target);
        }
        load.killed.set(true);
        child.destroyForcibly();
        child.waitFor();
        load.stop();
        assertThat(load.failures).as("searches before the kill").isEmpty();
    }

    /** {@link #CLIENTS} threads that search for generated words until stopped, noting each wrong answer. */
    private static final class SearchLoad {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicBoolean killed = new AtomicBoolean(false);
        private final AtomicInteger answered = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);

        SearchLoad(TestHttp http) {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.execute(() -> {
                    for (int i = 0; running.get(); i++) {
                        search(http, "gen" + ((client + i) % FILES) + "x" + (i % BLOCKS_PER_FILE));
                    }
                });
            }
        }

        private void search(TestHttp http, String word) {
            try {
                String body = http.search(word);
                if (!body.contains("Use " + word + " wisely")) {
                    failures.add(word + " -> " + body);
                }
                answered.incrementAndGet();
            } catch (UncheckedIOException e) {
                // After the kill, connections are refused; before it, none may fail.
                if (!killed.get()) {
                    failures.add(word + " -> " + e);
                }
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
        }
    }
}
