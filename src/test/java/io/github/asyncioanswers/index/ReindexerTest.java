package io.github.asyncioanswers.index;

import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.asyncioanswers.notes.NotesParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ReindexerTest {

    @TempDir
    Path dir;

    @Test
    void a_reindex_reports_blocks_changes_and_warnings() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "## One\nAnswer one.\n\n## Two\nAnswer two.\nquestion id:\n");
        try (NoteIndex index = NoteIndex.open(dir.resolve("index"), Analyzers.forNotes(), Optional.empty())) {
            Reindexer reindexer = new Reindexer(notes, new NotesParser(), index);

            ReindexReport first = reindexer.reindex();
            Files.writeString(notes.resolve("a.md"), "## One\nA changed answer.\n");
            ReindexReport second = reindexer.reindex();

            assertThat(first.blocks()).isEqualTo(2);
            assertThat(first.added()).isEqualTo(2);
            assertThat(first.warnings()).extracting(w -> w.file() + ":" + w.line()).containsExactly("notes/a.md:6");
            assertThat(second).extracting(ReindexReport::blocks, ReindexReport::added, ReindexReport::updated,
                    ReindexReport::removed).containsExactly(1, 0, 1, 1);
            assertThat(reindexer.last()).contains(second);
        }
    }

    @Test
    void a_note_warning_is_logged_once_and_again_only_after_it_was_fixed_and_comes_back() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "## One\nAnswer one.\nquestion id:\n");
        Files.writeString(notes.resolve("b.md"), "## Two\nAnswer two.\n");
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(Reindexer.class);
        logger.addAppender(log);
        try (NoteIndex index = NoteIndex.open(dir.resolve("index"), Analyzers.forNotes(), Optional.empty())) {
            Reindexer reindexer = new Reindexer(notes, new NotesParser(), index);

            reindexer.reindex();
            Files.writeString(notes.resolve("b.md"), "## Two\nAnother answer.\n");
            ReindexReport unrelatedEdit = reindexer.reindex();
            Files.writeString(notes.resolve("a.md"), "## One\nAnswer one.\n");
            reindexer.reindex();
            Files.writeString(notes.resolve("a.md"), "## One\nAnswer one.\nquestion id:\n");
            reindexer.reindex();

            assertThat(unrelatedEdit.warnings()).hasSize(1);
            assertThat(log.list).filteredOn(e -> e.getFormattedMessage().startsWith("note warning"))
                    .extracting(ILoggingEvent::getFormattedMessage).hasSize(2)
                    .allMatch(message -> message.contains("notes/a.md:3"));
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void a_notes_folder_that_disappears_fails_the_reindex_and_the_last_index_keeps_serving() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "## One\nAnswer one.\n");
        try (NoteIndex index = NoteIndex.open(dir.resolve("index"), Analyzers.forNotes(), Optional.empty())) {
            Reindexer reindexer = new Reindexer(notes, new NotesParser(), index);
            ReindexReport good = reindexer.reindex();
            Files.delete(notes.resolve("a.md"));
            Files.delete(notes);

            assertThat(catchThrowable(reindexer::reindex)).isInstanceOf(IOException.class)
                    .hasMessage("notes folder not found: " + notes);
            assertThat(index.size()).isEqualTo(1);
            assertThat(reindexer.last()).contains(good);
        }
    }
}
