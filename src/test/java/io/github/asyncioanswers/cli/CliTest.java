package io.github.asyncioanswers.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.config.QueryLogSettings;
import io.github.asyncioanswers.learn.Asked;
import io.github.asyncioanswers.learn.Channel;
import io.github.asyncioanswers.learn.QueryLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private static final Path DEV_SET = Path.of("../shared/eval/dev.tsv");

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void index_prints_blocks_changes_and_every_warning_with_file_and_line() {
        int code = run("index", "--notes", "notes", "--index", dir.resolve("index").toString());

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out().lines().toList()).satisfiesExactly(
                line -> assertThat(line).matches(
                        "indexed 49 blocks from notes in \\d+ ms \\(added 49, updated 0, removed 0\\)"),
                line -> assertThat(line).matches("index generation \\d+, last reindex \\S+Z, 3 warnings"),
                line -> assertThat(line).startsWith("  notes/001_7ad40efdb973a821.txt:157: malformed question id"),
                line -> assertThat(line).startsWith("  notes/001_7ad40efdb973a821.txt:484: empty question id"),
                line -> assertThat(line).startsWith("  notes/001_7ad40efdb973a821.txt:539: empty question id"));
    }

    @Test
    void a_second_index_run_reports_no_changes() {
        run("index", "--notes", "notes", "--index", dir.resolve("index").toString());
        out.reset();

        run("index", "--notes", "notes", "--index", dir.resolve("index").toString());

        assertThat(out()).containsPattern("indexed 49 blocks from notes in \\d+ ms \\(added 0, updated 0, removed 0\\)");
    }

    @Test
    void search_prints_the_best_answer_with_its_source() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "# Tasks\n\n## How to run tasks concurrently?\n\n"
                + "Wrap them with `asyncio.gather(t1(), t2())`.\n\nquestion id: 0b778831-da0a-459e-b906-d99da99e44b4\n");

        int code = run("search", "--notes", notes.toString(), "--index", dir.resolve("index").toString(),
                "how", "to", "run", "tasks", "concurrently");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out()).isEqualTo("Answer:\n\n## How to run tasks concurrently?\n"
                + "(notes/a.md:3, id 0b778831-da0a-459e-b906-d99da99e44b4, confidence 1.00)\n\n"
                + "Wrap them with `asyncio.gather(t1(), t2())`.\n");
    }

    @Test
    void report_prints_grouped_unanswered_questions_with_note_stubs_from_the_query_log() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "## How to run tasks concurrently?\n\nWith gather.\n");
        Path data = dir.resolve("data");
        try (QueryLog log = QueryLog.open(QueryLogSettings.defaults().withDataDir(data))) {
            for (String question : List.of("How do I profile asyncio code?", "how do I profile asyncio code")) {
                log.record(new Asked(Channel.HTTP, Asked.Kind.QUESTION, question, false, Optional.empty(), 0.1,
                        List.of(), Optional.empty()));
            }
        }

        int code = run("report", "--notes", notes.toString(), "--index", dir.resolve("index").toString(),
                "--data-dir", data.toString(), "--semantic-enabled", "false");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out()).startsWith("# Report for note authors\n\n2 questions asked, 2 without an answer.\n\n"
                + "## Unanswered questions, most frequent first\n\n- asked 2 times: How do I profile asyncio code\n\n"
                + "```markdown\n### How do I profile asyncio code?\n\nTODO: write the answer.\n\nquestion id: ")
                .endsWith("## Answers marked unhelpful\n\nNone.\n");
    }

    @Test
    void search_prints_the_confidence_with_a_dot_whatever_the_default_locale() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "## How to run tasks concurrently?\n\nUse asyncio.gather.\n");
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            run("search", "--notes", notes.toString(), "--index", dir.resolve("index").toString(), "run tasks");
        } finally {
            Locale.setDefault(before);
        }

        assertThat(out()).contains(", confidence 1.00)");
    }

    @Test
    void search_without_text_is_a_usage_error() {
        assertThat(run("search", "--index", dir.toString())).isEqualTo(Cli.USAGE);
        assertThat(err()).isEqualTo("error: search needs a question, e.g. search \"how to run tasks concurrently\"\n");
    }

    @Test
    void an_unknown_command_is_a_usage_error() {
        assertThat(run("frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(err()).isEqualTo("error: unknown command 'frobnicate'\n");
        assertThat(out()).startsWith("usage: asyncio-answers <command> [flags]");
    }

    @Test
    void an_unknown_flag_is_a_usage_error() {
        assertThat(run("index", "--frob", "1")).isEqualTo(Cli.USAGE);
        assertThat(err()).isEqualTo("error: unknown flag --frob (see --help)\n");
    }

    @Test
    void a_flag_without_its_value_is_a_usage_error() {
        assertThat(run("index", "--port")).isEqualTo(Cli.USAGE);
        assertThat(err()).isEqualTo("error: flag --port needs a value\n");
    }

    @Test
    void a_bad_setting_is_a_usage_error_naming_key_and_value() {
        assertThat(run("index", "--port=eighty")).isEqualTo(Cli.USAGE);
        assertThat(err()).isEqualTo("error: invalid port 'eighty' (from flag --port): expected a port number 0..65535\n");
    }

    @Test
    void a_missing_notes_folder_fails_with_one_readable_line() {
        Path missing = dir.resolve("no-notes");

        assertThat(run("index", "--notes", missing.toString(), "--index", dir.resolve("index").toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err()).isEqualTo("error: notes folder not found: " + missing + "\n");
    }

    @Test
    void help_prints_the_commands_and_every_flag_and_succeeds() {
        assertThat(run("--help")).isEqualTo(Cli.OK);
        assertThat(out()).startsWith("usage: asyncio-answers <command> [flags]\n")
                .contains("  serve ", "  index ", "  search ", "  eval ", "--config FILE", "--notes VALUE",
                        "--index VALUE", "--port VALUE");
    }

    @Test
    void help_for_a_command_prints_its_usage() {
        assertThat(run("search", "--help")).isEqualTo(Cli.OK);
        assertThat(out()).startsWith("usage: asyncio-answers search [flags] TEXT...\n");
    }

    @Test
    void no_command_prints_the_usage_and_is_a_usage_error() {
        assertThat(run()).isEqualTo(Cli.USAGE);
        assertThat(out()).startsWith("usage: asyncio-answers <command> [flags]\n");
    }

    @Test
    void version_prints_the_name_and_version() {
        assertThat(run("--version")).isEqualTo(Cli.OK);
        assertThat(out()).matches("asyncio-answers (dev|\\d+\\.\\d+\\.\\d+)\n");
    }

    @Test
    void eval_on_the_dev_set_prints_recall_at_1_and_mrr_at_5() {
        int code = run("eval", DEV_SET.toString(), "--notes", "notes", "--index", dir.resolve("index").toString());

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(out()).startsWith("queries: 39 in scope, 6 out of scope\n")
                .containsPattern("(?m)^recall@1 +[01]\\.\\d{3}$")
                .containsPattern("(?m)^MRR@5 +[01]\\.\\d{3}$");
        // Shown in the build log (target/surefire-reports) so that the figures travel with every run.
        System.out.print(out());
    }

    @Test
    void colors_are_used_when_enabled_and_never_in_plain_output() throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "## How to cancel a task\n\nCall `task.cancel()`.\n");
        String[] words = {"search", "--notes", notes.toString(), "--index", dir.resolve("index").toString(),
            "--semantic-enabled", "false", "how", "to", "cancel", "a", "task"};

        assertThat(cli(new Colors(true), Cli.PROGRESS_EVERY).run(words)).isEqualTo(Cli.OK);
        assertThat(out()).startsWith("\u001b[32mAnswer:\u001b[0m\n").contains("\u001b[1m## How to cancel a task\u001b[0m");
        out.reset();

        run(words);

        assertThat(out()).startsWith("Answer:\n").doesNotContain("\u001b[");
    }

    @Test
    void colors_are_off_without_a_terminal_or_with_no_color() {
        // Tests run without a console, so detection says no; NO_COLOR wins even on a terminal.
        assertThat(Colors.detect(Map.of()).enabled()).isFalse();
        assertThat(Colors.detect(Map.of("NO_COLOR", "1")).enabled()).isFalse();
        assertThat(new Colors(false).red("error:")).isEqualTo("error:");
    }

    @Test
    void a_long_indexing_shows_progress_and_blocks_per_second_on_stderr() {
        int code = cli(Colors.OFF, java.time.Duration.ofMillis(1)).run("index", "--notes", "notes", "--index",
                dir.resolve("index").toString(), "--semantic-enabled", "false");

        assertThat(code).isEqualTo(Cli.OK);
        assertThat(err()).contains("indexing... ").containsPattern("(?m)^indexed 49 blocks in \\d+\\.\\d s \\(\\d+ blocks/s\\)$");
        assertThat(out()).doesNotContain("indexing... ");
    }

    @Test
    void a_short_indexing_prints_no_progress() {
        // An interval that cannot pass: what is tested is the output, not how fast this machine indexes.
        cli(Colors.OFF, java.time.Duration.ofHours(1)).run("index", "--notes", "notes", "--index",
                dir.resolve("index").toString(), "--semantic-enabled", "false");

        assertThat(err()).isEmpty();
    }

    @Test
    void every_command_has_help() {
        for (String command : new String[] {"serve", "index", "search", "eval"}) {
            out.reset();
            assertThat(run(command, "--help")).as(command).isEqualTo(Cli.OK);
            assertThat(out()).startsWith("usage: asyncio-answers " + command + " ").contains("--log-format VALUE");
        }
    }

    private Cli cli(Colors colors, java.time.Duration progressEvery) {
        return new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), colors, progressEvery);
    }

    private int run(String... words) {
        Cli cli = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of());
        return cli.run(words);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
