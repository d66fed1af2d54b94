package io.github.asyncioanswers.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.asyncioanswers.search.Hit;
import io.github.asyncioanswers.search.SearchResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Hit HIT = new Hit("a", "Что такое \"Task\"?", "Обёртка над корутиной 🙂\n```python\nt = asyncio.create_task(c())\n```",
            List.of("Задачи"), "ru", "notes/a.md", 3, 1.5, 0.75);

    @Test
    void the_body_is_utf8_json_with_the_results_in_place_and_the_query_escaped() throws Exception {
        String query = "что такое \"task\"\n\t\\ 🙂 \u0001";
        SearchResult result = new SearchResult(query, true, List.of(HIT), Duration.ofNanos(1_234_567));
        ResultsJson results = new ResultsJson(10);

        byte[] body = SearchJson.of("q-1", result, results).utf8();

        JsonNode read = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        assertThat(read.path("queryId").asText()).isEqualTo("q-1");
        assertThat(read.path("query").asText()).isEqualTo(query);
        assertThat(read.path("answered").asBoolean()).isTrue();
        assertThat(read.path("results")).isEqualTo(JSON.valueToTree(List.of(ResultJson.of(HIT))));
        assertThat(read.path("tookMs").asDouble()).isEqualTo(1.23);
        assertThat(read.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("queryId", "query", "answered", "results", "tookMs");
    }

    @Test
    void a_repeated_answer_copies_the_same_results_into_each_body() throws Exception {
        SearchResult result = new SearchResult("task", true, List.of(HIT), Duration.ZERO);
        ResultsJson results = new ResultsJson(10);

        byte[] first = SearchJson.of("q-1", result, results).utf8();
        byte[] second = SearchJson.of("q-2", result, results).utf8();

        assertThat(JSON.readTree(second).path("results")).isEqualTo(JSON.readTree(first).path("results"));
        assertThat(JSON.readTree(second).path("results")).isEqualTo(JSON.valueToTree(List.of(ResultJson.of(HIT))));
        assertThat(JSON.readTree(second).path("queryId").asText()).isEqualTo("q-2");
    }
}
