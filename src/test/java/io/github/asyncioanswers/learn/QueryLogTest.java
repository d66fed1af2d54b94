package io.github.asyncioanswers.learn;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.asyncioanswers.TestJsonLines;
import io.github.asyncioanswers.config.QueryLogSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The query log on real files in a temp folder. */
class QueryLogTest {

    @TempDir
    Path dir;

    private QueryLogSettings settings() {
        return QueryLogSettings.defaults().withDataDir(dir);
    }

    static Asked answered(String question, String id, Optional<String> user) {
        return new Asked(Channel.TELEGRAM, Asked.Kind.QUESTION, question, true, Optional.of(id), 0.91234567,
                List.of(id, "other"), user);
    }

    private List<JsonNode> lines() throws IOException {
        return TestJsonLines.read(dir.resolve("queries.jsonl"));
    }

    @Test
    void each_answer_is_one_json_line_with_a_salted_hash_instead_of_the_user_id() throws IOException {
        try (QueryLog log = QueryLog.open(settings())) {
            String queryId = log.record(answered("How to gather?", "g1", Optional.of("123456789")));

            JsonNode line = lines().get(0);
            assertThat(line.path("type").asText()).isEqualTo("query");
            assertThat(line.path("queryId").asText()).isEqualTo(queryId);
            assertThat(line.path("channel").asText()).isEqualTo("telegram");
            assertThat(line.path("kind").asText()).isEqualTo("question");
            assertThat(line.path("question").asText()).isEqualTo("How to gather?");
            assertThat(line.path("answerId").asText()).isEqualTo("g1");
            assertThat(line.path("answered").asBoolean()).isTrue();
            assertThat(line.path("confidence").asDouble()).isEqualTo(0.9123);
            assertThat(line.path("user").asText()).matches("[0-9a-f]{32}");
            assertThat(Files.readString(dir.resolve("queries.jsonl"))).doesNotContain("123456789");
        }
    }

    @Test
    void the_same_user_gets_the_same_hash_across_restarts_and_other_users_another() throws IOException {
        try (QueryLog log = QueryLog.open(settings())) {
            log.record(answered("q", "g1", Optional.of("1")));
            log.record(answered("q", "g1", Optional.of("2")));
        }
        try (QueryLog log = QueryLog.open(settings())) {
            log.record(answered("q", "g1", Optional.of("1")));
        }
        List<String> users = lines().stream().map(line -> line.path("user").asText()).toList();
        assertThat(users.get(0)).isEqualTo(users.get(2)).isNotEqualTo(users.get(1));
    }

    @Test
    void feedback_is_recorded_once_per_user_and_can_be_changed() throws IOException {
        try (QueryLog log = QueryLog.open(settings())) {
            String queryId = log.record(answered("q", "g1", Optional.of("7")));
            Optional<String> ann = Optional.of("7");

            assertThat(log.feedback(new Feedback(queryId, Optional.empty(), true, Channel.TELEGRAM, ann)))
                    .isEqualTo(FeedbackOutcome.RECORDED);
            assertThat(log.feedback(new Feedback(queryId, Optional.empty(), true, Channel.TELEGRAM, ann)))
                    .isEqualTo(FeedbackOutcome.UNCHANGED);
            assertThat(log.feedback(new Feedback(queryId, Optional.of("g1"), false, Channel.TELEGRAM, ann)))
                    .isEqualTo(FeedbackOutcome.CHANGED);
            assertThat(log.feedback(new Feedback(queryId, Optional.empty(), true, Channel.TELEGRAM,
                    Optional.of("8")))).isEqualTo(FeedbackOutcome.RECORDED);

            List<JsonNode> votes = lines().subList(1, lines().size());
            assertThat(votes).extracting(line -> line.path("helpful").asBoolean()).containsExactly(true, false, true);
            assertThat(votes).allSatisfy(line -> assertThat(line.path("id").asText()).isEqualTo("g1"));
        }
    }

    @Test
    void answers_from_many_threads_are_written_whole_one_a_line_and_a_vote_after_its_query() throws Exception {
        int threads = 8;
        int each = 200;
        try (QueryLog log = QueryLog.open(settings())) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            List<java.util.concurrent.Future<String>> ids = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                ids.add(pool.submit(() -> {
                    String last = null;
                    for (int i = 0; i < each; i++) {
                        last = log.record(answered("thread " + thread + " question " + i, "g1", Optional.empty()));
                    }
                    return last;
                }));
            }
            String voted = ids.get(0).get();
            pool.shutdown();
            assertThat(log.feedback(new Feedback(voted, Optional.of("g1"), true, Channel.HTTP, Optional.empty())))
                    .isEqualTo(FeedbackOutcome.RECORDED);
            for (java.util.concurrent.Future<String> id : ids) {
                id.get();
            }

            List<JsonNode> lines = lines();
            assertThat(lines).hasSize(threads * each + 1);
            List<String> queryIds = lines.stream().map(line -> line.path("queryId").asText()).toList();
            assertThat(queryIds.indexOf(voted)).isLessThan(queryIds.lastIndexOf(voted));
            assertThat(lines.get(queryIds.lastIndexOf(voted)).path("type").asText()).isEqualTo("feedback");
            for (int t = 0; t < threads; t++) {
                String prefix = "thread " + t + " question ";
                assertThat(lines.stream().map(line -> line.path("question").asText())
                        .filter(question -> question.startsWith(prefix)).toList())
                        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, each)
                                .mapToObj(i -> prefix + i).toList());
            }
        }
    }

    @Test
    void feedback_on_an_unknown_query_or_a_block_it_did_not_show_is_refused() throws IOException {
        try (QueryLog log = QueryLog.open(settings())) {
            String queryId = log.record(answered("q", "g1", Optional.empty()));
            String unanswered = log.record(new Asked(Channel.HTTP, Asked.Kind.QUESTION, "x", false, Optional.empty(),
                    0.1, List.of("near"), Optional.empty()));

            assertThat(log.feedback(new Feedback("nope", Optional.of("g1"), true, Channel.HTTP, Optional.empty())))
                    .isEqualTo(FeedbackOutcome.UNKNOWN_QUERY);
            assertThat(log.feedback(new Feedback(queryId, Optional.of("zzz"), true, Channel.HTTP, Optional.empty())))
                    .isEqualTo(FeedbackOutcome.NOT_A_RESULT);
            assertThat(log.feedback(new Feedback(unanswered, Optional.empty(), true, Channel.HTTP, Optional.empty())))
                    .isEqualTo(FeedbackOutcome.NOT_A_RESULT);
            assertThat(lines()).hasSize(2);
        }
    }

    @Test
    void queries_from_before_a_restart_still_take_feedback() throws IOException {
        String queryId;
        try (QueryLog log = QueryLog.open(settings())) {
            queryId = log.record(answered("q", "g1", Optional.of("7")));
            log.feedback(new Feedback(queryId, Optional.empty(), true, Channel.TELEGRAM, Optional.of("7")));
        }
        try (QueryLog log = QueryLog.open(settings())) {
            assertThat(log.feedback(new Feedback(queryId, Optional.empty(), true, Channel.TELEGRAM, Optional.of("7"))))
                    .isEqualTo(FeedbackOutcome.UNCHANGED);
            assertThat(log.feedback(new Feedback(queryId, Optional.empty(), false, Channel.TELEGRAM,
                    Optional.of("7")))).isEqualTo(FeedbackOutcome.CHANGED);
        }
    }

    @Test
    void the_file_is_rotated_by_size_and_every_line_stays_readable() throws IOException {
        try (QueryLog log = QueryLog.open(new QueryLogSettings(dir, true, 1000, Duration.ofDays(1)))) {
            for (int i = 0; i < 30; i++) {
                log.record(answered("question number " + i, "g" + i, Optional.empty()));
            }
        }
        List<Path> files = LogFiles.all(dir);
        assertThat(files.size()).isGreaterThan(3);
        assertThat(files).last().isEqualTo(dir.resolve("queries.jsonl"));
        for (Path file : files) {
            assertThat(Files.size(file)).isLessThanOrEqualTo(1000);
        }
        assertThat(LogReader.read(dir)).extracting(entry -> ((LogEntry.Query) entry).question())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 30)
                        .mapToObj(i -> "question number " + i).toList());
    }

    @Test
    void rotated_files_older_than_the_retention_are_deleted() throws IOException {
        Path old = Files.writeString(dir.resolve("queries-20200101T000000000.jsonl"), "");
        Path recent = Files.writeString(dir.resolve("queries-20200102T000000000.jsonl"), "");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(40))));
        Files.setLastModifiedTime(recent, FileTime.from(Instant.now().minus(Duration.ofDays(20))));

        QueryLog.open(new QueryLogSettings(dir, true, 1000, Duration.ofDays(30))).close();

        assertThat(old).doesNotExist();
        assertThat(recent).exists();
    }

    @Test
    void a_corrupt_or_cut_off_line_is_skipped_with_a_warning_naming_file_and_line() throws IOException {
        try (QueryLog log = QueryLog.open(settings())) {
            log.record(answered("first", "g1", Optional.empty()));
        }
        Path file = dir.resolve("queries.jsonl");
        Files.writeString(file, "not json at all\n{\"type\":\"query\",\"queryId\":\"cut", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        ListAppender<ILoggingEvent> warnings = capture(LogReader.class);

        try (QueryLog log = QueryLog.open(settings())) {
            log.record(answered("after the crash", "g2", Optional.empty()));
        }

        assertThat(LogReader.read(dir)).extracting(entry -> ((LogEntry.Query) entry).question())
                .containsExactly("first", "after the crash");
        assertThat(warnings.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("skipping corrupt query log line " + file + ":2", "skipping corrupt query log line " + file + ":3");
    }

    @Test
    void when_switched_off_nothing_is_written_but_feedback_is_still_checked() throws IOException {
        try (QueryLog log = QueryLog.open(settings().withEnabled(false))) {
            String queryId = log.record(answered("q", "g1", Optional.of("7")));
            assertThat(log.feedback(new Feedback(queryId, Optional.empty(), true, Channel.TELEGRAM, Optional.of("7"))))
                    .isEqualTo(FeedbackOutcome.RECORDED);
        }
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    static ListAppender<ILoggingEvent> capture(Class<?> type) {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(type)).addAppender(appender);
        return appender;
    }
}
