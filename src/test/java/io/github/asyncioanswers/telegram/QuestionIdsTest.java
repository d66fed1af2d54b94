package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionIdsTest {

    private static final String UUID = "0b778831-da0a-459e-b906-d99da99e44b4";

    @Test
    void a_uuid_travels_in_callback_data_and_comes_back() {
        String data = QuestionIds.callbackData(UUID).orElseThrow();
        assertThat(data).isEqualTo("q:" + UUID).hasSizeLessThanOrEqualTo(64);
        assertThat(QuestionIds.fromCallbackData(data)).contains(UUID);
    }

    @Test
    void ids_that_do_not_fit_telegram_slots_get_no_callback_data() {
        assertThat(QuestionIds.callbackData("has space")).isEmpty();
        assertThat(QuestionIds.callbackData("x".repeat(63))).isEmpty();
        assertThat(QuestionIds.fitsDeepLink(UUID)).isTrue();
        assertThat(QuestionIds.fitsDeepLink("ünïcode")).isFalse();
    }

    @Test
    void foreign_or_forged_callback_data_is_rejected() {
        assertThat(QuestionIds.fromCallbackData("other:" + UUID)).isEmpty();
        assertThat(QuestionIds.fromCallbackData("q:../../etc")).isEmpty();
        assertThat(QuestionIds.fromCallbackData(null)).isEmpty();
    }
}
