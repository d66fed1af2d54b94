package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnglishSlipsTest {

    @Test
    void a_letter_added_dropped_changed_or_two_swapped_is_one_edit() {
        assertThat(EnglishSlips.oneEditApart("explaned", "explained")).isTrue();
        assertThat(EnglishSlips.oneEditApart("otherss", "others")).isTrue();
        assertThat(EnglishSlips.oneEditApart("othars", "others")).isTrue();
        assertThat(EnglishSlips.oneEditApart("otehrs", "others")).isTrue();
    }

    @Test
    void two_edits_or_the_same_word_are_not_one_edit() {
        assertThat(EnglishSlips.oneEditApart("otehr", "others")).isFalse();
        assertThat(EnglishSlips.oneEditApart("ohtesr", "others")).isFalse();
        assertThat(EnglishSlips.oneEditApart("others", "others")).isFalse();
        assertThat(EnglishSlips.oneEditApart("oth", "others")).isFalse();
    }

    @Test
    void of_several_words_one_edit_away_the_most_frequent_is_meant() {
        EnglishSlips slips = new EnglishSlips(List.of("about", "others", "otters"));

        assertThat(slips.meant("othters")).contains("others");
        assertThat(new EnglishSlips(List.of("otters", "others")).meant("othters")).contains("otters");
    }

    @Test
    void short_words_and_words_far_from_every_word_are_left_alone() {
        EnglishSlips slips = new EnglishSlips(List.of("what", "whats", "others"));

        assertThat(slips.meant("waht")).isEmpty();
        assertThat(slips.meant("django")).isEmpty();
    }
}
