package io.github.asyncioanswers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.asyncioanswers.config.Config;
import io.github.asyncioanswers.index.ReindexReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index folder on a real, tiny tmpfs that fills up: the reindex fails with the cause, the last
 * index keeps serving every block, and once space is freed the index is whole again. Skipped where
 * mounting a tmpfs is not permitted (it needs root and a container that allows mount).
 */
class IndexDiskFullTest {

    private static final int FILES = 5;
    private static final int BLOCKS_PER_FILE = 20;
    private static final int MORE = 200;

    @TempDir
    Path temp;
    private Path indexDir;
    private TinyDisk disk;

    @BeforeEach
    void mountTinyTmpfs() throws IOException, InterruptedException {
        indexDir = temp.resolve("index");
        disk = TinyDisk.mountOrSkip(indexDir, "2m");
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        TinyDisk.unmount(disk);
    }

    @Test
    void a_full_index_disk_fails_the_reindex_and_the_last_index_keeps_serving_every_block() throws IOException {
        Path notes = temp.resolve("notes");
        int blocks = TestNotes.generate(notes, FILES, BLOCKS_PER_FILE);
        try (App app = App.open(config(notes)).start()) {
            TestHttp http = new TestHttp(app.httpPort());
            fillAndFailReindex(app, notes);
            assertThat(http.get("/health").body()).contains("\"status\":\"UP\"", "\"blocks\":" + blocks);
            for (int file = 0; file < FILES; file++) {
                String word = "gen" + file + "x" + (file * 3);
                assertThat(http.search(word)).contains("Use " + word + " wisely");
            }
            assertThat(http.search("fullword7")).doesNotContain("Use fullword7 wisely");
        }
    }

    @Test
    void after_space_returns_a_restart_indexes_everything() throws IOException {
        Path notes = temp.resolve("notes");
        int blocks = TestNotes.generate(notes, FILES, BLOCKS_PER_FILE);
        try (App app = App.open(config(notes)).start()) {
            Files.delete(fillAndFailReindex(app, notes));
        }
        try (App app = App.open(config(notes))) {
            assertThat(app.searcher().size()).as("the last commit before the disk filled").isEqualTo(blocks);
            assertThat(app.reindex().blocks()).isEqualTo(blocks + MORE);
        }
    }

    @Test
    void after_space_returns_the_next_reindex_succeeds_without_a_restart() throws IOException {
        Path notes = temp.resolve("notes");
        int blocks = TestNotes.generate(notes, FILES, BLOCKS_PER_FILE);
        try (App app = App.open(config(notes)).start()) {
            Files.delete(fillAndFailReindex(app, notes));
            ReindexReport report = app.reindex();
            assertThat(report.blocks()).isEqualTo(blocks + MORE);
            assertThat(new TestHttp(app.httpPort()).search("fullword7")).contains("Use fullword7 wisely");
        }
    }

    /** Fills the index disk, adds a note and asserts that the reindex fails; returns the filler file. */
    private Path fillAndFailReindex(App app, Path notes) throws IOException {
        Path filler = disk.fill("filler");
        TestNotes.write(notes.resolve("more.md"), IntStream.range(0, MORE).mapToObj(i -> "fullword" + i)
                .toArray(String[]::new));
        assertThatThrownBy(app::reindex).isInstanceOf(IOException.class)
                .hasStackTraceContaining("No space left on device");
        return filler;
    }

    private Config config(Path notes) {
        return TestConfig.of(notes, indexDir, Duration.ofMillis(50), false, Optional.empty());
    }
}
