package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.asyncioanswers.embed.Embedder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryVectorsTest {

    @Test
    void a_question_is_turned_toward_the_mean_of_what_its_errors_mean_and_stays_a_unit_vector() {
        float[] turned = QueryVectors.toward(new float[] {1, 0, 0}, List.of(new float[] {0, 1, 0}, new float[] {0, 0, 1}));

        float side = (float) (0.5 / Math.sqrt(1.5));
        assertThat(turned).containsExactly(new float[] {(float) (1 / Math.sqrt(1.5)), side, side}, within(1e-6f));
    }

    @Test
    void a_meaning_opposite_to_the_question_leaves_the_question_as_it_was() {
        float[] question = {0, 1};

        assertThat(QueryVectors.toward(question, List.of(new float[] {0, -1}))).containsExactly(0, 1);
    }

    @Test
    void blank_text_has_no_vector_and_other_text_has_a_unit_vector_from_the_real_model() {
        QueryVectors vectors = new QueryVectors(Embedder.load(Optional.empty()));

        assertThat(vectors.of("   ", List.of("a meaning"))).isEmpty();
        float[] vector = vectors.of("how to cancel a task", List.of("the task was cancelled")).orElseThrow();
        double norm = 0;
        for (float x : vector) {
            norm += x * x;
        }
        assertThat(norm).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void a_meaning_vector_that_is_not_a_number_leaves_the_question_as_it_was() {
        float[] question = {0, 1};

        assertThat(QueryVectors.toward(question, List.of(new float[] {Float.NaN, 0}))).containsExactly(0, 1);
    }
}
