package io.github.asyncioanswers.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.asyncioanswers.index.Analyzers;
import io.github.asyncioanswers.learn.QueryLog;
import io.github.asyncioanswers.learn.ReportSource;
import io.github.asyncioanswers.index.NoteIndex;
import io.github.asyncioanswers.index.Reindexer;
import io.github.asyncioanswers.notes.NotesParser;
import io.github.asyncioanswers.search.Glossary;
import io.github.asyncioanswers.search.Searcher;
import java.util.Optional;
import io.github.asyncioanswers.config.Operations;
import io.github.asyncioanswers.metrics.Metrics;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    private static NoteIndex index;
    private static Metrics metrics;
    private static HttpApi api;
    private static JsonNode document;

    @BeforeAll
    static void start() throws Exception {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        index = NoteIndex.open(dir.resolve("index"), Analyzers.forNotes(), Optional.empty());
        Reindexer reindexer = new Reindexer(notes, new NotesParser(), index);
        reindexer.reindex();
        Searcher searcher = new Searcher(index.searcherManager(), Analyzers.forNotes(), Glossary.empty(), Optional.empty());
        metrics = new Metrics();
        // Every kind of route is served: the admin reindex and an extra POST route like the Telegram webhook.
        api = new HttpApi(searcher, reindexer, metrics, Operations.defaults(), Optional.of("admin"),
                List.of(new PostRoute("/telegram/webhook", (body, headers) -> 200)), QueryLog.off(), ReportSource.none());
        int port = api.start("127.0.0.1", 0);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + OpenApi.PATH)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        document = JSON.readTree(response.body());
    }

    @AfterAll
    static void stop() throws IOException {
        api.close();
        metrics.close();
        index.close();
    }

    @Test
    void every_served_route_is_documented_and_every_documented_route_is_served() {
        List<String> documented = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));

        assertThat(api.routes()).containsExactlyInAnyOrderElementsOf(documented);
        assertThat(documented).contains("GET /api/v1/search", "GET /api/v1/questions/{id}", "GET /health",
                "GET /metrics", "GET /openapi.json");
    }

    @Test
    void the_documented_search_parameters_are_the_enforced_limits() {
        JsonNode parameters = document.at("/paths/~1api~1v1~1search/get/parameters");

        assertThat(parameters.get(0).get("name").asText()).isEqualTo("q");
        assertThat(parameters.get(0).get("required").asBoolean()).isTrue();
        assertThat(parameters.get(0).at("/schema/maxLength").asInt()).isEqualTo(HttpApi.MAX_QUERY_CHARS);
        assertThat(parameters.get(1).get("name").asText()).isEqualTo("limit");
        assertThat(parameters.get(1).at("/schema/maximum").asInt()).isEqualTo(HttpApi.MAX_LIMIT);
        assertThat(parameters.get(1).at("/schema/default").asInt()).isEqualTo(HttpApi.DEFAULT_LIMIT);
    }

    @Test
    void every_path_parameter_is_documented() {
        document.get("paths").fields().forEachRemaining(path -> {
            Matcher matcher = Pattern.compile("\\{(\\w+)}").matcher(path.getKey());
            while (matcher.find()) {
                String name = matcher.group(1);
                path.getValue().forEach(operation -> assertThat(operation.get("parameters").findValuesAsText("name"))
                        .as(path.getKey()).contains(name));
            }
        });
    }

    @Test
    void every_schema_reference_resolves() throws IOException {
        Matcher matcher = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#(/[^\"]+)\"").matcher(document.toString());
        int references = 0;
        while (matcher.find()) {
            references++;
            assertThat(document.at(matcher.group(1)).isMissingNode()).as(matcher.group(1)).isFalse();
        }
        assertThat(references).isGreaterThan(5);
    }

    @Test
    void the_result_schema_names_exactly_the_fields_the_api_returns() {
        List<String> required = new ArrayList<>();
        document.at("/components/schemas/Result/required").forEach(field -> required.add(field.asText()));

        assertThat(required).containsExactlyInAnyOrder(
                java.util.Arrays.stream(ResultJson.class.getRecordComponents()).map(c -> c.getName()).toArray(String[]::new));
    }
}
