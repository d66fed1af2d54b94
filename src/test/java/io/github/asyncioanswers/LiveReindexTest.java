package io.github.asyncioanswers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.asyncioanswers.index.ReindexReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole bot on temp folders: notes edited on disk are answered over HTTP within the debounce and a bound. */
class LiveReindexTest {

    private static final Duration DEBOUNCE = Duration.ofMillis(150);
    private static final Duration BOUND = DEBOUNCE.plusSeconds(5);

    @TempDir
    Path temp;
    private Path notes;
    private App app;
    private TestHttp http;

    @BeforeEach
    void start() throws IOException {
        notes = temp.resolve("notes");
        TestNotes.write(notes.resolve("basics.md"), "gatherfoo", "sleepbar");
        app = App.open(TestConfig.of(notes, temp.resolve("index"), DEBOUNCE, true, Optional.empty())).start();
        http = new TestHttp(app.httpPort());
        assertThat(http.search("gatherfoo")).contains("Use gatherfoo wisely");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void an_edited_note_is_answered_with_its_new_text() throws IOException {
        TestNotes.write(notes.resolve("basics.md"), "gatherbaz", "sleepbar");
        await().atMost(BOUND).until(() -> http.search("gatherbaz").contains("Use gatherbaz wisely"));
        assertThat(http.search("gatherfoo")).doesNotContain("Use gatherfoo wisely");
    }

    @Test
    void an_added_note_in_a_new_sub_folder_is_answered() {
        TestNotes.write(notes.resolve("advanced/locks.md"), "lockqux");
        await().atMost(BOUND).until(() -> http.search("lockqux").contains("Use lockqux wisely"));
    }

    @Test
    void a_deleted_note_is_no_longer_answered() throws IOException {
        TestNotes.write(notes.resolve("extra.md"), "queuezap");
        await().atMost(BOUND).until(() -> http.search("queuezap").contains("Use queuezap wisely"));
        Files.delete(notes.resolve("extra.md"));
        await().atMost(BOUND).until(() -> !http.search("queuezap").contains("Use queuezap wisely"));
        assertThat(http.search("sleepbar")).contains("Use sleepbar wisely");
    }

    @Test
    void a_renamed_note_is_answered_from_its_new_place() throws IOException {
        Files.move(notes.resolve("basics.md"), notes.resolve("renamed.md"));
        await().atMost(BOUND).until(() -> http.search("gatherfoo").contains("notes/renamed.md"));
        assertThat(http.search("gatherfoo")).doesNotContain("notes/basics.md");
    }

    @Test
    void an_editor_save_through_a_temporary_file_is_answered() throws IOException {
        Path swap = TestNotes.write(notes.resolve(".basics.md.tmp"), "gathernew", "sleepbar");
        Files.move(swap, notes.resolve("basics.md"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        await().atMost(BOUND).until(() -> http.search("gathernew").contains("Use gathernew wisely"));
    }

    @Test
    void a_vanished_notes_folder_leaves_the_last_index_serving() throws IOException {
        Files.delete(notes.resolve("basics.md"));
        Files.delete(notes);
        // The watcher did try, and fail: otherwise "still serving" would prove nothing.
        await().atMost(BOUND).until(() -> http.get("/metrics").body().lines()
                .anyMatch(line -> line.startsWith("asyncio_reindex_failures_total ") && !line.endsWith(" 0.0")));
        await().during(DEBOUNCE.multipliedBy(4)).atMost(BOUND)
                .until(() -> http.search("gatherfoo").contains("Use gatherfoo wisely"));
        assertThat(http.get("/health").body()).contains("\"status\":\"UP\"", "\"blocks\":2");
        TestNotes.write(notes.resolve("back.md"), "returnword");
        await().atMost(BOUND.plusSeconds(1)).until(() -> http.search("returnword").contains("Use returnword wisely"));
    }

    @Test
    void a_notes_folder_moved_away_keeps_serving_and_an_edit_after_its_return_is_answered() throws IOException {
        moveNotesAwayAndBack("gatheraway");
        TestNotes.write(notes.resolve("basics.md"), "gatherhome", "sleepbar");
        await().atMost(BOUND).until(() -> http.search("gatherhome").contains("Use gatherhome wisely"));
        assertThat(http.search("sleepbar")).contains("Use sleepbar wisely");
    }

    @Test
    void a_notes_folder_moved_back_is_answered_without_another_edit() throws IOException {
        moveNotesAwayAndBack("gatheraway");
        await().atMost(BOUND).until(() -> http.search("gatheraway").contains("Use gatheraway wisely"));
    }

    /**
     * Moves the notes folder away (standing in for chmod 000, which root, as in CI, does not feel), edits
     * a note there, checks that the last index keeps serving, and moves the folder back.
     */
    private void moveNotesAwayAndBack(String word) throws IOException {
        Path away = temp.resolve("notes-away");
        Files.move(notes, away);
        TestNotes.write(away.resolve("basics.md"), word, "sleepbar");
        await().during(DEBOUNCE.multipliedBy(4)).atMost(BOUND)
                .until(() -> http.search("gatherfoo").contains("Use gatherfoo wisely"));
        assertThat(http.get("/health").body()).contains("\"status\":\"UP\"", "\"blocks\":2");
        Files.move(away, notes);
    }

    @Test
    void health_reports_the_generation_time_and_warnings_of_the_last_reindex() throws IOException {
        String before = http.get("/health").body();
        assertThat(before).contains("\"status\":\"UP\"", "\"blocks\":2", "\"warnings\":0", "\"lastReindex\":\"");
        Files.writeString(notes.resolve("bad.md"), "text before any heading\n\n" + TestNotes.block("warnme"));
        await().atMost(BOUND).until(() -> http.get("/health").body().contains("\"warnings\":1"));
        assertThat(http.get("/health").body()).contains("\"blocks\":3").doesNotContain(generationOf(before));
    }

    @Test
    void a_restart_with_unchanged_notes_reuses_the_index_on_disk() throws IOException {
        long generation = app.reindex().generation();
        app.close();
        try (App again = App.open(TestConfig.of(notes, temp.resolve("index"), DEBOUNCE, false, Optional.empty()))) {
            assertThat(again.searcher().size()).isEqualTo(2);
            ReindexReport report = again.reindex();
            assertThat(report.added()).isZero();
            assertThat(report.updated()).isZero();
            assertThat(report.removed()).isZero();
            assertThat(report.generation()).isEqualTo(generation);
        }
    }

    private static String generationOf(String health) {
        int start = health.indexOf("\"generation\":");
        return health.substring(start, health.indexOf(',', start));
    }
}
