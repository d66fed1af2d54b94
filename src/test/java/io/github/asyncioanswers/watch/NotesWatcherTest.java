package io.github.asyncioanswers.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesWatcherTest {

    private static final Duration DEBOUNCE = Duration.ofMillis(200);
    private static final Duration BOUND = Duration.ofSeconds(5);

    @TempDir
    Path notes;

    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void a_burst_of_saves_runs_the_action_once() throws IOException {
        try (NotesWatcher watcher = NotesWatcher.start(notes, DEBOUNCE, calls::incrementAndGet)) {
            for (int i = 0; i < 10; i++) {
                Files.writeString(notes.resolve("a.md"), "### Save " + i + "?\n\nyes\n");
            }
            await().atMost(BOUND).until(() -> calls.get() == 1);
            await().during(DEBOUNCE.multipliedBy(3)).atMost(BOUND).until(() -> calls.get() == 1);
        }
    }

    @Test
    void a_file_in_a_new_sub_folder_and_a_later_save_there_are_noticed() throws IOException {
        try (NotesWatcher watcher = NotesWatcher.start(notes, DEBOUNCE, calls::incrementAndGet)) {
            Path folder = Files.createDirectories(notes.resolve("new/deeper"));
            Files.writeString(folder.resolve("b.md"), "### B?\n\nb\n");
            await().atMost(BOUND).until(() -> calls.get() >= 1);
            int before = calls.get();
            Files.writeString(folder.resolve("b.md"), "### B again?\n\nb\n");
            await().atMost(BOUND).until(() -> calls.get() > before);
        }
    }

    @Test
    void an_editor_save_through_a_temporary_file_and_a_rename_is_one_change() throws IOException {
        Files.writeString(notes.resolve("c.md"), "### C?\n\nc\n");
        try (NotesWatcher watcher = NotesWatcher.start(notes, DEBOUNCE, calls::incrementAndGet)) {
            Path temp = Files.writeString(notes.resolve(".c.md.swp"), "### C changed?\n\nc\n");
            Files.move(temp, notes.resolve("c.md"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            await().atMost(BOUND).until(() -> calls.get() == 1);
            await().during(DEBOUNCE.multipliedBy(3)).atMost(BOUND).until(() -> calls.get() == 1);
        }
    }

    @Test
    void a_failing_action_is_logged_and_watching_goes_on() throws IOException {
        Runnable failing = () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("index is busy");
        };
        try (NotesWatcher watcher = NotesWatcher.start(notes, DEBOUNCE, failing)) {
            Files.writeString(notes.resolve("d.md"), "### D?\n\nd\n");
            await().atMost(BOUND).until(() -> calls.get() == 1);
            Files.delete(notes.resolve("d.md"));
            await().atMost(BOUND).until(() -> calls.get() == 2);
        }
    }

    @Test
    void a_folder_that_disappears_and_comes_back_is_watched_again() throws IOException {
        Path folder = Files.createDirectories(notes.resolve("notes"));
        try (NotesWatcher watcher = NotesWatcher.start(folder, DEBOUNCE, calls::incrementAndGet)) {
            Files.delete(folder);
            await().atMost(BOUND).until(() -> calls.get() == 1);
            Files.createDirectories(folder);
            await().atMost(BOUND).until(() -> calls.get() == 2);
            Files.writeString(folder.resolve("e.md"), "### E?\n\ne\n");
            await().atMost(BOUND).until(() -> calls.get() == 3);
        }
    }

    @Test
    void no_action_runs_after_close() throws IOException {
        NotesWatcher watcher = NotesWatcher.start(notes, DEBOUNCE, calls::incrementAndGet);
        watcher.close();
        Files.writeString(notes.resolve("f.md"), "### F?\n\nf\n");
        await().during(DEBOUNCE.multipliedBy(3)).atMost(BOUND).until(() -> calls.get() == 0);
        assertThat(calls).hasValue(0);
    }
}
