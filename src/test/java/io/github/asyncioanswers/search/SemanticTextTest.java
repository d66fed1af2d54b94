package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticTextTest {

    @Test
    void an_english_question_goes_to_the_model_as_typed() {
        assertThat(SemanticText.of("how to cancel a task", List.of("cancel"))).isEqualTo("how to cancel a task");
    }

    @Test
    void a_russian_question_becomes_its_latin_words_and_english_concepts() {
        assertThat(SemanticText.of("что возвращает asyncio.wait", List.of("return")))
                .isEqualTo("asyncio.wait return");
    }

    @Test
    void a_russian_question_with_nothing_to_gloss_has_no_text_for_the_english_model() {
        assertThat(SemanticText.of("как сварить борщ", List.of())).isEmpty();
    }
}
