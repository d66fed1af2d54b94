package io.github.asyncioanswers.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.asyncioanswers.config.QueryLogSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report for note authors, built from a real query log in a temp folder. */
class ReportTest {

    @TempDir
    Path dir;

    private static Asked unanswered(String question) {
        return new Asked(Channel.HTTP, Asked.Kind.QUESTION, question, false, Optional.empty(), 0.1, List.of("near"),
                Optional.empty());
    }

    @Test
    void unanswered_questions_are_grouped_by_similarity_most_frequent_first() throws IOException {
        try (QueryLog log = QueryLog.open(QueryLogSettings.defaults().withDataDir(dir))) {
            for (String question : List.of("How do I profile asyncio code?", "how do i profile asyncio code",
                    "How to profile my asyncio code?", "Profiling asyncio code", "What is uvloop?",
                    "Is uvloop faster?", "What is uvloop", "How do I close a websocket?")) {
                log.record(unanswered(question));
            }
            log.record(QueryLogTest.answered("How to gather?", "g1", Optional.empty()));
        }

        Report report = Report.of(LogReader.read(dir), id -> Optional.empty(), 10);

        assertThat(report.questions()).isEqualTo(9);
        assertThat(report.unanswered()).isEqualTo(8);
        assertThat(report.groups()).extracting(Report.Group::question, Report.Group::count).containsExactly(
                tuple("How do I profile asyncio code", 4), tuple("What is uvloop", 3),
                tuple("How do I close a websocket", 1));
        assertThat(report.groups().get(0).variants())
                .containsExactly("How do I profile asyncio code", "How to profile my asyncio code",
                        "Profiling asyncio code");
        assertThat(report.groups().get(1).variants()).containsExactly("What is uvloop", "Is uvloop faster");
    }

    @Test
    void each_group_has_a_stub_ready_to_paste_into_the_notes() {
        String stub = Report.stub(List.of("How do I profile asyncio code", "How to profile my asyncio code?"));

        assertThat(stub).matches("### How do I profile asyncio code\\?\n\nalso asked: How to profile my asyncio code\\?\n\n"
                + "TODO: write the answer.\n\nquestion id: [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\n");
    }

    @Test
    void answers_marked_unhelpful_are_listed_by_their_last_vote_per_user() throws IOException {
        try (QueryLog log = QueryLog.open(QueryLogSettings.defaults().withDataDir(dir))) {
            String first = log.record(QueryLogTest.answered("q1", "g1", Optional.of("1")));
            String second = log.record(QueryLogTest.answered("q2", "g2", Optional.of("1")));
            log.feedback(new Feedback(first, Optional.empty(), false, Channel.TELEGRAM, Optional.of("1")));
            log.feedback(new Feedback(first, Optional.empty(), false, Channel.TELEGRAM, Optional.of("2")));
            log.feedback(new Feedback(first, Optional.empty(), true, Channel.TELEGRAM, Optional.of("3")));
            log.feedback(new Feedback(second, Optional.empty(), false, Channel.TELEGRAM, Optional.of("1")));
            log.feedback(new Feedback(second, Optional.empty(), true, Channel.TELEGRAM, Optional.of("1")));
        }

        Report report = Report.of(LogReader.read(dir),
                id -> Optional.ofNullable(Map.of("g1", "How to gather?").get(id)), 10);

        assertThat(report.unhelpful()).containsExactly(new Report.Unhelpful("g1", "How to gather?", 2, 1));
        assertThat(report.markdown()).contains("- 2 👎, 1 👍: How to gather? (id g1)");
    }

    @Test
    void an_empty_log_gives_an_empty_report() {
        Report report = Report.of(List.of(), id -> Optional.empty(), 10);

        assertThat(report.markdown()).isEqualTo("# Report for note authors\n\n0 questions asked, 0 without an answer.\n\n"
                + "## Unanswered questions, most frequent first\n\nNone.\n\n## Answers marked unhelpful\n\nNone.\n");
    }
}
