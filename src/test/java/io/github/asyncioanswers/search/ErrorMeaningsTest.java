package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorMeaningsTest {

    private static final String NEVER_AWAITED = "calling an async def function only creates a coroutine object";
    private static final String NOT_AWAITABLE = "only awaitable objects can be awaited";

    private final ErrorMeanings errors = new ErrorMeanings(List.of(
            ErrorMeanings.Entry.of("coroutine '*' was never awaited", NEVER_AWAITED),
            ErrorMeanings.Entry.of("can't be used in 'await' expression", NOT_AWAITABLE),
            ErrorMeanings.Entry.of("can't be awaited", NOT_AWAITABLE)));

    @Test
    void a_pattern_matches_whatever_the_case_the_spacing_and_the_kind_of_quotes() {
        assertThat(errors.read("RuntimeWarning:   Coroutine \u2018main\u2019\n was NEVER awaited").meanings())
                .containsExactly(NEVER_AWAITED);
        assertThat(errors.read("TypeError: object int can`t be used in \"await\" expression").meanings())
                .containsExactly(NOT_AWAITABLE);
        assertThat(errors.read("object int can't\u00A0be used in 'await'\u00A0expression").meanings())
                .containsExactly(NOT_AWAITABLE);
        assertThat(errors.read("object int can't be used in \u00ABawait\u00BB expression").meanings())
                .containsExactly(NOT_AWAITABLE);
        assertThat(errors.read("object int can't be used in \u201Aawait\u2018 expression").meanings())
                .containsExactly(NOT_AWAITABLE);
    }

    @Test
    void the_parts_of_a_pattern_must_appear_in_their_order() {
        assertThat(errors.read("was never awaited: coroutine 'main'")).isEqualTo(ErrorMeanings.Reading.NONE);
    }

    @Test
    void what_a_star_between_two_parts_stood_for_is_the_instance_of_the_error() {
        ErrorMeanings.Reading reading = errors.read("bot.py:14: RuntimeWarning: coroutine 'fetch_data' was never awaited");

        assertThat(reading.instance()).containsExactly("fetch_data");
    }

    @Test
    void a_long_stretch_between_two_parts_is_the_askers_own_words_and_not_an_instance() {
        String story = "my coroutine '" + "and then it waits for the database and the cache and the queue ".repeat(2)
                + "' was never awaited";

        ErrorMeanings.Reading reading = errors.read(story);

        assertThat(reading.meanings()).containsExactly(NEVER_AWAITED);
        assertThat(reading.instance()).isEmpty();
    }

    @Test
    void a_pattern_is_not_found_inside_a_longer_name() {
        ErrorMeanings timeouts = new ErrorMeanings(List.of(ErrorMeanings.Entry.of("TimeoutError", "took too long")));

        assertThat(timeouts.read("urllib3 ReadTimeoutError from requests")).isEqualTo(ErrorMeanings.Reading.NONE);
        assertThat(timeouts.read("asyncio.exceptions.TimeoutError").meanings()).containsExactly("took too long");
    }

    @Test
    void the_instance_is_the_shortest_one_word_stretch_and_the_askers_words_before_it_stay() {
        ErrorMeanings.Reading reading = errors.read(
                "My coroutine 'fetch' returned nothing. RuntimeWarning: coroutine 'fetch_data' was never awaited");

        assertThat(reading.instance()).containsExactly("fetch_data");
    }

    @Test
    void a_question_with_no_known_error_reads_as_none() {
        assertThat(errors.read("how do I await a coroutine")).isEqualTo(ErrorMeanings.Reading.NONE);
    }

    @Test
    void two_patterns_with_one_meaning_give_it_once() {
        assertThat(errors.read("object function can't be used in 'await' expression, or: 'function' object can't be awaited")
                .meanings()).containsExactly(NOT_AWAITABLE);
    }

    @Test
    void a_pattern_of_stars_alone_a_pattern_without_a_long_word_or_a_blank_meaning_is_refused() {
        assertThatThrownBy(() -> ErrorMeanings.Entry.of(" * ** ", "anything")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("besides '*'");
        assertThatThrownBy(() -> ErrorMeanings.Entry.of("* a *", "anything")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least " + ErrorMeanings.MIN_WORD_CHARS);
        assertThatThrownBy(() -> ErrorMeanings.Entry.of("'*' is not", "anything")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("everyday text");
        assertThatThrownBy(() -> ErrorMeanings.Entry.of("was never awaited", " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("meaning");
        assertThat(ErrorMeanings.Entry.of("* broken *", "anything").parts()).containsExactly(" broken ");
    }
}
