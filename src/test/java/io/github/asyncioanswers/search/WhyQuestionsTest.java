package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhyQuestionsTest {

    @Test
    void a_question_that_says_why_asks_why_in_either_language() {
        assertThat(WhyQuestions.asked("Why is my timeout ignored?")).isTrue();
        assertThat(WhyQuestions.asked("how come gather keeps running")).isTrue();
        assertThat(WhyQuestions.asked("почему таймаут не срабатывает")).isTrue();
    }

    @Test
    void a_report_that_something_does_not_happen_asks_why_unless_it_asks_how() {
        assertThat(WhyQuestions.asked("my wait_for timeout never fires")).isTrue();
        assertThat(WhyQuestions.asked("wait_for doesn't cancel my call")).isTrue();
        assertThat(WhyQuestions.asked("таймаут не срабатывает")).isTrue();
        assertThat(WhyQuestions.asked("как поставить таймаут, чтобы не ждать вечно")).isFalse();
        assertThat(WhyQuestions.asked("how do I stop waiting if it does not answer")).isFalse();
    }

    @Test
    void a_question_that_asks_how_or_names_a_thing_does_not_ask_why() {
        assertThat(WhyQuestions.asked("asyncio.wait_for timeout example")).isFalse();
        assertThat(WhyQuestions.asked("how to cancel a coroutine after a timeout")).isFalse();
        assertThat(WhyQuestions.asked("notify waiting tasks")).isFalse();
    }
}
