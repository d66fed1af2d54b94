package io.github.asyncioanswers.index;

import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.notes.Note;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteIndexTest {

    @TempDir
    Path dir;

    @Test
    void a_first_replace_adds_every_block() throws IOException {
        try (NoteIndex index = NoteIndex.open(dir, Analyzers.forNotes(), Optional.empty())) {
            IndexUpdate update = index.replaceAll(List.of(note("a", "answer a"), note("b", "answer b")));

            assertThat(update).isEqualTo(new IndexUpdate(2, 2, 0, 0));
            assertThat(index.size()).isEqualTo(2);
        }
    }

    @Test
    void replacing_with_the_same_blocks_changes_nothing_and_commits_nothing() throws IOException {
        try (NoteIndex index = NoteIndex.open(dir, Analyzers.forNotes(), Optional.empty())) {
            index.replaceAll(List.of(note("a", "answer a"), note("b", "answer b")));
            long generation = index.generation();

            IndexUpdate update = index.replaceAll(List.of(note("a", "answer a"), note("b", "answer b")));

            assertThat(update).isEqualTo(new IndexUpdate(2, 0, 0, 0));
            assertThat(index.generation()).isEqualTo(generation);
        }
    }

    @Test
    void a_replace_counts_added_updated_and_removed_blocks_by_id() throws IOException {
        try (NoteIndex index = NoteIndex.open(dir, Analyzers.forNotes(), Optional.empty())) {
            index.replaceAll(List.of(note("a", "answer a"), note("b", "answer b"), note("c", "answer c")));

            IndexUpdate update = index.replaceAll(List.of(note("a", "answer a"), note("b", "a new answer b"),
                    note("d", "answer d")));

            assertThat(update).isEqualTo(new IndexUpdate(3, 1, 1, 1));
            assertThat(index.size()).isEqualTo(3);
        }
    }

    @Test
    void replacing_with_no_blocks_empties_the_index() throws IOException {
        try (NoteIndex index = NoteIndex.open(dir, Analyzers.forNotes(), Optional.empty())) {
            index.replaceAll(List.of(note("a", "answer a"), note("b", "answer b")));

            assertThat(index.replaceAll(List.of())).isEqualTo(new IndexUpdate(0, 0, 0, 2));
            assertThat(index.size()).isZero();
        }
    }

    @Test
    void a_reopened_index_keeps_what_was_committed() throws IOException {
        try (NoteIndex index = NoteIndex.open(dir, Analyzers.forNotes(), Optional.empty())) {
            index.replaceAll(List.of(note("a", "answer a"), note("b", "answer b")));
        }
        try (NoteIndex index = NoteIndex.open(dir, Analyzers.forNotes(), Optional.empty())) {
            assertThat(index.size()).isEqualTo(2);
            assertThat(index.replaceAll(List.of(note("a", "answer a")))).isEqualTo(new IndexUpdate(1, 0, 0, 1));
        }
    }

    @Test
    void a_second_open_of_the_same_folder_fails_naming_the_folder() throws IOException {
        try (NoteIndex index = NoteIndex.open(dir, Analyzers.forNotes(), Optional.empty())) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> NoteIndex.open(dir, Analyzers.forNotes(), Optional.empty())))
                    .isInstanceOf(IOException.class)
                    .hasMessage("index folder " + dir + " is in use by another process");
        }
    }

    static Note note(String id, String answer) {
        return new Note(id, "Question " + id, answer, List.of(), List.of(), "en", "notes/n.md", 1);
    }
}
