package io.github.asyncioanswers.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LineWriterTest {

    @TempDir
    Path dir;

    private LineWriter writer() throws Exception {
        return new LineWriter(new LogFiles(dir, 1_000_000, Duration.ofDays(1)));
    }

    @Test
    void closing_writes_every_line_queued_before_it_in_order() throws Exception {
        LineWriter writer = writer();
        List<CompletableFuture<Void>> written = IntStream.range(0, 2_000).mapToObj(i -> writer.append("line " + i)).toList();

        writer.close();

        assertThat(written).allMatch(future -> future.isDone() && !future.isCompletedExceptionally());
        assertThat(Files.readAllLines(dir.resolve(LogFiles.CURRENT)))
                .containsExactlyElementsOf(IntStream.range(0, 2_000).mapToObj(i -> "line " + i).toList());
    }

    @Test
    @Timeout(10)
    void after_closing_a_line_is_refused_at_once_and_a_flush_does_not_wait() throws Exception {
        LineWriter writer = writer();
        writer.append("before").join();
        writer.close();

        CompletableFuture<Void> late = writer.append("after");
        writer.flush();

        assertThatThrownBy(late::join).isInstanceOf(CompletionException.class).hasMessageContaining("closed");
        assertThat(Files.readAllLines(dir.resolve(LogFiles.CURRENT))).containsExactly("before");
    }

    @Test
    void a_flush_returns_once_the_lines_before_it_are_on_disk() throws Exception {
        try (LineWriter writer = writer()) {
            IntStream.range(0, 500).forEach(i -> writer.append("line " + i));

            writer.flush();

            assertThat(Files.readAllLines(dir.resolve(LogFiles.CURRENT))).hasSize(500).last().isEqualTo("line 499");
        }
    }
}
