package io.github.asyncioanswers.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.asyncioanswers.search.Hit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Hit hit(String id, double score) {
        return new Hit(id, "How to \"cancel\" a task?", "Call `task.cancel()`.\n\n```python\nt.cancel()\n```",
                List.of("Tasks", "Отмена"), "en", "notes/a.md", 12, score, 0.87654321);
    }

    @Test
    void the_results_text_is_the_json_of_each_result_in_order() throws Exception {
        List<Hit> hits = List.of(hit("a", 1.23456789), hit("b", 0.5));

        JsonNode written = JSON.readTree(new ResultsJson(10).of(hits).getValue());

        assertThat(written).isEqualTo(JSON.valueToTree(hits.stream().map(ResultJson::of).toList()));
        assertThat(written.get(0).path("score").asDouble()).isEqualTo(1.2346);
        assertThat(written.get(1).path("source").path("line").asInt()).isEqualTo(12);
    }

    @Test
    void equal_hits_are_written_once_and_other_hits_anew() {
        ResultsJson results = new ResultsJson(10);
        SerializedString first = results.of(List.of(hit("a", 1)));

        assertThat(results.of(List.of(hit("a", 1)))).isSameAs(first);
        assertThat(results.of(List.of(hit("a", 0.9)))).isNotEqualTo(first);
    }

    @Test
    void no_hits_are_an_empty_array() {
        assertThat(new ResultsJson(10).of(List.of()).getValue()).isEqualTo("[]");
    }
}
