package io.github.asyncioanswers.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.asyncioanswers.App;
import io.github.asyncioanswers.TestConfig;
import io.github.asyncioanswers.TestHttp;
import io.github.asyncioanswers.TestNotes;
import io.github.asyncioanswers.notes.NotesParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reindex killed at any moment, or an index damaged on disk, never leaves a broken or partial index served. */
class CrashRecoveryTest {

    private static final int FILES = 30;
    private static final int BLOCKS_PER_FILE = 50;
    private static final Duration BOUND = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void a_child_killed_during_rebuilds_leaves_an_index_with_every_block() throws Exception {
        Path notes = temp.resolve("notes");
        Path indexDir = temp.resolve("index");
        int blocks = TestNotes.generate(notes, FILES, BLOCKS_PER_FILE);
        for (int kill = 1; kill <= 2; kill++) {
            killMidRebuild(notes, indexDir, kill);
            try (NoteIndex index = NoteIndex.open(indexDir, Analyzers.forNotes(), Optional.empty())) {
                assertThat(index.size()).as("blocks after kill %d, before any reindex", kill).isEqualTo(blocks);
                ReindexReport report = new Reindexer(notes, new NotesParser(), index).reindex();
                assertThat(report.blocks()).isEqualTo(blocks);
                assertThat(report.added() + report.removed()).isZero();
            }
        }
        try (App app = App.open(TestConfig.of(notes, indexDir, Duration.ofMillis(100), false, Optional.empty()))
                .start()) {
            TestHttp http = new TestHttp(app.httpPort());
            assertThat(http.get("/health").body()).contains("\"status\":\"UP\"", "\"blocks\":" + blocks);
            assertThat(http.search("gen7x42")).contains("Use gen7x42 wisely");
        }
    }

    /**
     * Starts the loop and kills it during its {@code rebuilds}-th rebuild: the first time while
     * blocks are analyzed, later ones as soon as that rebuild writes files.
     */
    private void killMidRebuild(Path notes, Path indexDir, int rebuilds) throws IOException, InterruptedException {
        Path log = temp.resolve("child-" + rebuilds + ".log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ReindexLoop.class.getName(),
                notes.toString(), indexDir.toString())
                .redirectError(log.toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).as("child log: %s", log).startsWith("indexed ");
            for (int i = 0; i < rebuilds; i++) {
                assertThat(out.readLine()).isEqualTo("rebuilding");
            }
            if (rebuilds > 1) {
                // Later kills land while the rebuild writes its segment and commit files.
                Set<String> before = fileNames(indexDir);
                await().atMost(BOUND).pollInterval(Duration.ofMillis(5))
                        .until(() -> !before.containsAll(fileNames(indexDir)));
            }
            child.destroyForcibly();
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void a_damaged_index_is_detected_at_start_up_and_rebuilt() throws IOException {
        Path notes = temp.resolve("notes");
        Path indexDir = temp.resolve("index");
        int blocks = TestNotes.generate(notes, 10, 20);
        try (NoteIndex index = NoteIndex.open(indexDir, Analyzers.forNotes(), Optional.empty())) {
            new Reindexer(notes, new NotesParser(), index).reindex();
        }
        flipByteInTheMiddle(largestFile(indexDir));

        try (NoteIndex index = NoteIndex.open(indexDir, Analyzers.forNotes(), Optional.empty())) {
            assertThat(index.size()).isZero();
            ReindexReport report = new Reindexer(notes, new NotesParser(), index).reindex();
            assertThat(report.added()).isEqualTo(blocks);
            assertThat(index.size()).isEqualTo(blocks);
        }
    }

    private static Set<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static Path largestFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            return all.stream().max(Comparator.comparingLong(CrashRecoveryTest::size)).orElseThrow();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void flipByteInTheMiddle(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = raf.length() / 2;
            raf.seek(middle);
            int value = raf.read();
            raf.seek(middle);
            raf.write(value ^ 0xFF);
        }
    }
}
