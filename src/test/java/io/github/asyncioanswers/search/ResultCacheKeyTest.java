package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class ResultCacheKeyTest {

    @Property(tries = 2000)
    void the_key_of_a_question_drops_outer_whitespace_and_collapses_inner_spaces_and_tabs(
            @ForAll @Chars({'a', 'б', ' ', '\t', '\n', '\r'}) @StringLength(max = 12) String text) {
        String expected = text.replaceAll("^[ \\t\\r\\n]+|[ \\t\\r\\n]+$", "").replaceAll("[ \\t]+", " ");

        assertThat(ResultCache.normalize(text)).isEqualTo(expected);
    }
}
