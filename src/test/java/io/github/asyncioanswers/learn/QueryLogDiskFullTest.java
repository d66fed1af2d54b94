package io.github.asyncioanswers.learn;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.asyncioanswers.TestJsonLines;
import io.github.asyncioanswers.TinyDisk;
import io.github.asyncioanswers.config.QueryLogSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The data folder on a real, tiny tmpfs that fills up; skipped where mounting is not permitted. */
class QueryLogDiskFullTest {

    @TempDir
    Path temp;
    private Path dataDir;
    private TinyDisk disk;

    @BeforeEach
    void mountTinyTmpfs() throws IOException, InterruptedException {
        dataDir = temp.resolve("data");
        disk = TinyDisk.mountOrSkip(dataDir, "1m");
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        TinyDisk.unmount(disk);
    }

    @Test
    void a_full_disk_loses_the_records_but_not_the_answers_or_their_feedback_and_says_so_once() throws IOException {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger logger = (Logger) LoggerFactory.getLogger(QueryLog.class);
        logger.addAppender(log);
        try (QueryLog queryLog = QueryLog.open(QueryLogSettings.defaults().withDataDir(dataDir))) {
            Path filler = disk.fill("filler");

            String first = queryLog.record(QueryLogTest.answered("while full", "a", Optional.empty()));
            String second = queryLog.record(QueryLogTest.answered("still full", "b", Optional.of("7")));
            Files.delete(filler);
            FeedbackOutcome vote = queryLog.feedback(new Feedback(second, Optional.of("b"), true, Channel.HTTP,
                    Optional.of("7")));
            queryLog.record(QueryLogTest.answered("after", "a", Optional.empty()));

            assertThat(first).isNotEqualTo(second);
            assertThat(vote).isEqualTo(FeedbackOutcome.RECORDED);
            assertThat(TestJsonLines.read(dataDir.resolve("queries.jsonl")))
                    .extracting(line -> line.path("question").asText(line.path("type").asText()))
                    .containsExactly("feedback", "after");
            assertThat(log.list).filteredOn(e -> e.getFormattedMessage().startsWith("could not write the query log"))
                    .hasSize(1);
            assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                    .contains("query log written again after 2 entries could not be");
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void a_line_the_full_disk_cut_short_is_removed_and_the_log_stays_readable() throws IOException {
        try (QueryLog queryLog = QueryLog.open(QueryLogSettings.defaults().withDataDir(dataDir))) {
            queryLog.record(QueryLogTest.answered("before", "a", Optional.empty()));
            Path filler = disk.fill("filler");
            // The log file's last page still has room for a few lines; the first that does not fit is cut short.
            for (int i = 0; i < 100; i++) {
                queryLog.record(QueryLogTest.answered("while full " + "x".repeat(100) + i, "a", Optional.empty()));
            }
            Files.delete(filler);
            queryLog.record(QueryLogTest.answered("after", "a", Optional.empty()));

            List<JsonNode> lines = TestJsonLines.read(dataDir.resolve("queries.jsonl"));
            assertThat(lines).hasSizeBetween(3, 100);
            assertThat(lines.get(0).path("question").asText()).isEqualTo("before");
            assertThat(lines.get(lines.size() - 1).path("question").asText()).isEqualTo("after");
        }
    }
}
