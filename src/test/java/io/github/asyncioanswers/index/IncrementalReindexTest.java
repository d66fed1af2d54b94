package io.github.asyncioanswers.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.asyncioanswers.TestNotes;
import io.github.asyncioanswers.notes.NotesParser;
import io.github.asyncioanswers.notes.ParseWarning;
import java.util.Optional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reindexer on a real notes folder and a real Lucene index in temp folders. */
class IncrementalReindexTest {

    @TempDir
    Path temp;
    private Path notes;
    private NoteIndex index;
    private Reindexer reindexer;

    @BeforeEach
    void open() throws IOException {
        notes = temp.resolve("notes");
        TestNotes.write(notes.resolve("a.md"), "alpha", "beta");
        TestNotes.write(notes.resolve("b.md"), "gamma");
        index = NoteIndex.open(temp.resolve("index"), Analyzers.forNotes(), Optional.empty());
        reindexer = new Reindexer(notes, new NotesParser(), index);
        assertThat(reindexer.reindex().blocks()).isEqualTo(3);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void a_changed_file_updates_only_its_changed_blocks() throws IOException {
        TestNotes.write(notes.resolve("a.md"), "alpha", "delta");
        ReindexReport report = reindexer.reindex();
        assertThat(report.blocks()).isEqualTo(3);
        assertThat(report.added() + report.updated()).isEqualTo(1);
        assertThat(report.removed()).isEqualTo(1);
    }

    @Test
    void an_unchanged_file_is_not_read_again_but_a_rebuild_reads_every_file() throws IOException {
        FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Files.setLastModifiedTime(notes.resolve("b.md"), anHourAgo);
        reindexer.reindex();
        // Same size, same time, same inode: only reading the file could tell it changed.
        TestNotes.write(notes.resolve("b.md"), "kappa");
        Files.setLastModifiedTime(notes.resolve("b.md"), anHourAgo);

        assertThat(reindexer.reindex().updated()).isZero();
        ReindexReport rebuilt = reindexer.rebuild();
        assertThat(rebuilt.blocks()).isEqualTo(3);
        assertThat(rebuilt.added()).isEqualTo(1);
        assertThat(rebuilt.removed()).isEqualTo(1);
    }

    @Test
    void a_rebuild_rewrites_every_block_in_one_new_commit() throws IOException {
        long generation = index.generation();
        ReindexReport report = reindexer.rebuild();
        assertThat(report.generation()).isGreaterThan(generation);
        assertThat(index.size()).isEqualTo(3);
        assertThat(report.added() + report.updated() + report.removed()).isZero();
    }

    @Test
    void a_deleted_file_loses_its_blocks() throws IOException {
        Files.delete(notes.resolve("a.md"));
        ReindexReport report = reindexer.reindex();
        assertThat(report.blocks()).isEqualTo(1);
        assertThat(report.removed()).isEqualTo(2);
        assertThat(index.size()).isEqualTo(1);
    }

    @Test
    void an_unreadable_file_keeps_its_blocks_with_a_warning() throws IOException {
        Path file = notes.resolve("a.md");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(file), "permissions are not enforced for this user (root)");
            ReindexReport report = reindexer.reindex();
            assertThat(report.blocks()).isEqualTo(3);
            assertThat(report.warnings()).extracting(ParseWarning::message)
                    .anyMatch(message -> message.contains("keeping its 2 blocks from the last read"));
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void a_file_replaced_by_a_dangling_link_keeps_its_blocks_until_it_is_really_gone() throws IOException {
        Path file = notes.resolve("a.md");
        Files.delete(file);
        Files.createSymbolicLink(file, temp.resolve("nowhere.md"));

        ReindexReport report = reindexer.reindex();
        assertThat(report.blocks()).isEqualTo(3);
        assertThat(report.warnings()).containsExactly(new ParseWarning("notes/a.md", 1,
                "file is not a readable file now; keeping its 2 blocks from the last read"));

        Files.delete(file);
        assertThat(reindexer.reindex().blocks()).isEqualTo(1);
    }

    @Test
    void a_file_replaced_by_a_folder_keeps_its_blocks() throws IOException {
        Path file = notes.resolve("a.md");
        Files.delete(file);
        Files.createDirectory(file);
        assertThat(reindexer.reindex().blocks()).isEqualTo(3);
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void a_vanished_notes_folder_fails_the_reindex_and_the_last_index_keeps_serving() throws IOException {
        Files.delete(notes.resolve("a.md"));
        Files.delete(notes.resolve("b.md"));
        Files.delete(notes);
        assertThatThrownBy(reindexer::reindex).isInstanceOf(IOException.class)
                .hasMessage("notes folder not found: " + notes);
        assertThat(index.size()).isEqualTo(3);
        assertThat(reindexer.last()).get().extracting(ReindexReport::blocks).isEqualTo(3);
    }

    @Test
    void a_reopened_index_with_unchanged_notes_adds_nothing() throws IOException {
        long generation = index.generation();
        index.close();
        index = NoteIndex.open(temp.resolve("index"), Analyzers.forNotes(), Optional.empty());
        ReindexReport report = new Reindexer(notes, new NotesParser(), index).reindex();
        assertThat(report.blocks()).isEqualTo(3);
        assertThat(report.added() + report.updated() + report.removed()).isZero();
        assertThat(report.generation()).isEqualTo(generation);
    }
}
