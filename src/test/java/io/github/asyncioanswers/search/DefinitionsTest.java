package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.index.Analyzers;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionsTest {

    private final QueryTerms queryTerms = new QueryTerms(Analyzers.forNotes());
    private final Definitions definitions = new Definitions(queryTerms,
            Glossary.parse(List.of("coroutine, корутина", "future, футура", "task, таска", "task group, taskgroup")));

    @Test
    void the_subject_of_a_what_is_question_ends_with_its_clause_in_both_languages() {
        assertThat(Definitions.subjectText("What’s a Future?")).contains("a Future");
        assertThat(Definitions.subjectText("что такое Future и чем он отличается от Task")).contains("Future");
        assertThat(Definitions.subjectText("what is a task, and how do I cancel it")).contains("a task");
        assertThat(Definitions.subjectText("What is asyncio.wait() for?")).contains("asyncio.wait");
        assertThat(Definitions.subjectText("What's a coroutine? (5 attributes)")).contains("a coroutine");
    }

    @Test
    void a_question_that_asks_something_else_has_no_subject() {
        assertThat(Definitions.subjectText("how to cancel a task")).isEmpty();
        assertThat(Definitions.subjectText("so what is wrong with my gather")).isEmpty();
        assertThat(Definitions.subjectText("whatsoever")).isEmpty();
        assertThat(definitions.askedIn("what is asyncio")).isEmpty();
    }

    @Test
    void the_asked_subject_leaves_out_the_words_every_question_here_is_about() {
        assertThat(definitions.askedIn("what is a task in asyncio")).containsExactly("task");
        assertThat(definitions.askedIn("что такое корутина в python")).containsExactly("корутин");
        assertThat(definitions.askedIn("what is a task group")).containsExactlyInAnyOrder("task", "group");
    }

    @Test
    void the_asked_subject_leaves_out_the_words_that_say_what_kind_of_thing_it_is() {
        assertThat(definitions.askedIn("what is a Future object in asyncio")).containsExactly("futur");
        assertThat(definitions.askedIn("what is the await keyword")).containsExactly("await");
        assertThat(definitions.askedIn("что такое объект корутины")).containsExactly("корутин");
    }

    @Test
    void a_word_for_a_kind_of_thing_inside_the_subject_is_part_of_what_is_asked() {
        assertThat(definitions.askedIn("what is a keyword argument")).containsExactlyInAnyOrder("keyword", "argument");
        assertThat(definitions.askedIn("what is a class method")).containsExactlyInAnyOrder("class", "method");
    }
}
