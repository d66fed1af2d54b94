package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.index.Analyzers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {

    private final QueryTerms queryTerms = new QueryTerms(Analyzers.forNotes());
    private final Glossary glossary = Glossary.parse(List.of(
            "# concepts",
            "coroutine, корутина, сопрограмма",
            "event loop, цикл событий   # two words must both appear",
            "lonely"));

    /** What {@code glossary} adds to the question. */
    private Glossary.Expansion expansion(Glossary glossary, String question) {
        QueryTerms.Analysis asked = queryTerms.read(question, ErrorMeanings.Reading.NONE, queryTerms.meanings(ErrorMeanings.Reading.NONE));
        return glossary.expand(asked.terms(), asked.runs(), queryTerms);
    }

    /** The text of every term the question has once {@code glossary} expanded it. */
    private List<String> termsOf(Glossary glossary, String question) {
        return expansion(glossary, question).terms().stream().map(QueryTerm::text).toList();
    }

    @Test
    void a_russian_word_brings_its_english_equivalent_at_a_lower_weight_in_the_same_concept() {
        Glossary.Expansion expansion = expansion(glossary, "что такое корутины");

        QueryTerm typed = expansion.terms().get(0);
        assertThat(typed.text()).isEqualTo("корутин");
        assertThat(expansion.terms()).contains(QueryTerm.equivalent("coroutin", Glossary.EXPANSION_WEIGHT, typed.concept()));
        assertThat(expansion.phrases()).containsExactly("coroutine");
    }

    @Test
    void a_term_is_hidden_in_the_notes_by_a_longer_member_of_a_group_the_question_did_not_match() {
        Glossary withEvent = Glossary.parse(List.of("event, signal", "event loop, цикл событий"));

        Shadows signal = expansion(withEvent, "how to signal tasks").shadows();
        Shadows loop = expansion(withEvent, "цикл событий").shadows();

        assertThat(signal.of("event")).containsExactly(List.of("event", "loop"));
        assertThat(loop.of("event")).isEmpty();
    }

    @Test
    void a_member_of_several_words_matches_only_when_all_of_them_are_asked() {
        assertThat(termsOf(glossary, "цикл событий")).contains("event", "loop");
        assertThat(termsOf(glossary, "цикл for")).doesNotContain("event", "loop");
    }

    @Test
    void a_member_of_several_words_matches_only_when_its_words_stand_together_in_the_question() {
        Glossary firsts = Glossary.parse(List.of("first completed, first_completed, первый завершившийся"));

        assertThat(termsOf(firsts, "return the first completed task")).contains("заверш");
        assertThat(termsOf(firsts, "which task completed first?")).contains("заверш");
        assertThat(termsOf(firsts, "in the order they complete, fastest first")).doesNotContain("заверш");
    }

    @Test
    void a_group_matched_only_by_words_of_a_longer_match_adds_nothing() {
        Glossary withEvent = Glossary.parse(List.of(
                "event loop, цикл событий",
                "event, событие, signal"));

        assertThat(termsOf(withEvent, "что такое цикл событий")).contains("event", "loop").doesNotContain("signal");
        assertThat(termsOf(withEvent, "как дождаться события")).contains("event", "signal");
    }

    @Test
    void a_word_taken_by_any_longer_match_of_a_group_is_not_matched_again_alone() {
        Glossary timeouts = Glossary.parse(List.of(
                "timeout, время ожидания, ограничить время",
                "cap, ограничить"));

        assertThat(termsOf(timeouts, "ограничить время ожидания")).contains("timeout").doesNotContain("cap");
    }

    @Test
    void the_error_of_a_pasted_exception_name_brings_no_synonyms_while_an_error_asked_about_does() {
        Glossary errors = Glossary.parse(List.of("exception, error, ошибка"));

        assertThat(termsOf(errors, "SyntaxError: 'await' outside function")).contains("error").doesNotContain("except", "ошибк");
        assertThat(termsOf(errors, "how to handle an error in gather")).contains("error", "except", "ошибк");
    }

    @Test
    void a_pasted_exception_name_keeps_its_error_unexpanded_when_another_word_brings_the_group() {
        Glossary errors = Glossary.parse(List.of("exception, error, ошибка"));

        List<QueryTerm> terms = expansion(errors, "SyntaxError: 'await' outside function\nexception").terms();

        assertThat(terms).contains(QueryTerm.exceptionSuffix("error", QueryTerms.ERROR_LINE_WEIGHT * QueryTerms.COMMON_WORD_WEIGHT));
    }

    @Test
    void one_word_members_of_a_group_are_equivalents_and_words_of_longer_members_are_not() {
        Glossary bundled = Glossary.parse(List.of("task, задача, таск", "task group, taskgroup, группа задач"));

        assertThat(bundled.equivalents("таск", queryTerms)).contains("таск", "task", "задач").doesNotContain("group");
        assertThat(bundled.equivalents("group", queryTerms)).containsExactly("group");
    }

    @Test
    void comments_and_single_terms_make_no_group() {
        assertThat(glossary.size()).isEqualTo(2);
    }

    @Test
    void in_a_one_way_group_the_words_before_the_arrow_find_those_after_it_and_not_the_reverse() {
        Glossary oneWay = Glossary.parse(List.of("получить, получать -> get, obtain"));

        assertThat(termsOf(oneWay, "как получить результат")).contains("get", "obtain", "получа");
        assertThat(termsOf(oneWay, "get the result")).doesNotContain("получ", "получа", "obtain");
        assertThat(expansion(oneWay, "как получить результат").phrases()).containsExactly("get");
        assertThat(oneWay.equivalents("получ", queryTerms)).contains("get", "obtain");
        assertThat(oneWay.equivalents("get", queryTerms)).containsExactly("get");
    }

    @Test
    void error_lines_are_read_apart_from_the_groups_and_a_malformed_one_is_skipped() {
        Glossary withErrors = Glossary.parse(List.of(
                "error: coroutine '*' was never awaited => it runs only when awaited, with, commas",
                "error: an error line without its arrow",
                "error: * => a pattern of stars alone",
                "error: a => a pattern too short",
                "Error: Task was destroyed but it is pending! => a pending task was garbage collected",
                "coroutine, корутина"));

        assertThat(withErrors.size()).isEqualTo(1);
        assertThat(withErrors.readErrors("coroutine 'main' was never awaited").meanings())
                .containsExactly("it runs only when awaited, with, commas");
        assertThat(withErrors.readErrors("Task was destroyed but it is pending!").meanings())
                .containsExactly("a pending task was garbage collected");
        assertThat(withErrors.readErrors("an error line without its arrow")).isEqualTo(ErrorMeanings.Reading.NONE);
        assertThat(withErrors.readErrors("a pattern of stars alone")).isEqualTo(ErrorMeanings.Reading.NONE);
        assertThat(withErrors.readErrors("what is a future")).isEqualTo(ErrorMeanings.Reading.NONE);
    }

    @Test
    void the_bundled_glossary_says_what_a_never_awaited_coroutine_means() throws IOException {
        Glossary bundled = Glossary.read(Path.of("config/glossary.txt"));

        assertThat(bundled.readErrors("RuntimeWarning: coroutine 'main' was never awaited").meanings())
                .singleElement().asString().contains("coroutine", "await");
    }

    @Test
    void every_error_line_of_the_bundled_glossary_is_read_and_none_is_skipped() throws IOException {
        long errorLines = Files.readAllLines(Path.of("config/glossary.txt")).stream()
                .filter(line -> line.regionMatches(true, 0, "error:", 0, 6)).count();

        assertThat(Glossary.read(Path.of("config/glossary.txt")).errorCount()).isEqualTo((int) errorLines).isGreaterThan(50);
    }

    @Test
    void a_missing_glossary_file_is_an_empty_glossary(@TempDir Path dir) throws IOException {
        assertThat(Glossary.read(dir.resolve("none.txt")).size()).isZero();
    }

    @Test
    void the_bundled_glossary_reads_and_maps_core_russian_terms() throws IOException {
        Glossary bundled = Glossary.read(Path.of("config/glossary.txt"));
        List<String> english = expansion(bundled, "задача цикл событий корутина").phrases();

        assertThat(Files.readAllLines(Path.of("config/glossary.txt"))).isNotEmpty();
        assertThat(english).contains("task", "event loop", "coroutine");
    }
}
