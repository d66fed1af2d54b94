package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.index.Analyzers;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionsTest {

    private final Definitions definitions = new Definitions(new QueryTerms(Analyzers.forNotes()));

    @Test
    void questions_that_ask_what_something_is_are_told_apart_in_both_languages() {
        assertThat(Definitions.asks("What's a Future?")).isTrue();
        assertThat(Definitions.asks("whats a corutine")).isTrue();
        assertThat(Definitions.asks("что такое цикл событий")).isTrue();
        assertThat(Definitions.asks("how to cancel a task")).isFalse();
        assertThat(Definitions.asks("so what is wrong with my gather")).isFalse();
    }

    @Test
    void a_defining_heading_gives_its_subject_without_a_remark_in_brackets() {
        assertThat(definitions.subjectOf("What's a coroutine? (5 attributes)")).contains(List.of("coroutin"));
        assertThat(definitions.subjectOf("What is an Event Loop?")).contains(List.of("event", "loop"));
        assertThat(definitions.subjectOf("Что такое цикл событий?")).contains(List.of("цикл", "событ"));
        assertThat(definitions.subjectOf("What is asyncio.wait() for?").orElseThrow()).contains("asyncio.wait", "for");
    }

    @Test
    void a_heading_that_asks_something_else_defines_nothing() {
        assertThat(definitions.subjectOf("How to cancel a task?")).isEmpty();
        assertThat(definitions.subjectOf("tasks")).isEmpty();
    }
}
