package io.github.asyncioanswers.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.asyncioanswers.QueryTexts;
import io.github.asyncioanswers.RunningApp;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Hostile questions and bytes over real HTTP: a 200 or a 400, always one JSON value, never a 5xx. */
class HttpApiFuzzTest {

    private static final List<String> BAD_INPUT = List.of("q must not be blank", "q must be at most 1000 characters",
            "limit must be between 1 and 20", QueryStrings.INVALID);

    private static RunningApp running;
    private static HttpClient client;

    @BeforeContainer
    static void start() throws IOException {
        running = RunningApp.start(false);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterContainer
    static void stop() {
        running.close();
    }

    @Property(tries = 300)
    void any_question_is_answered_200_or_400_with_json(@ForAll("queries") String q, @ForAll("limits") String limit)
            throws IOException, InterruptedException {
        HttpResponse<String> response = get("/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + limit);

        assertThat(response.statusCode()).isIn(200, 400);
        JsonNode body = JsonBodies.parse(response.body());
        if (response.statusCode() == 200) {
            assertThat(body.get("query").asText()).isEqualTo(roundTrip(q));
            assertThat(body.get("answered").isBoolean()).isTrue();
            assertThat(body.get("results").isArray()).isTrue();
        } else {
            assertThat(body.get("error").asText()).satisfiesAnyOf(error -> assertThat(error).isIn(BAD_INPUT),
                    error -> assertThat(error).startsWith("limit must be a whole number, was '"));
        }
    }

    @Property(tries = 200)
    void random_percent_encoded_bytes_are_answered_200_or_400_with_json(@ForAll("encodedBytes") String encoded) {
        RawHttp.Answer answer = RawHttp.send(running.app().httpPort(), RawHttp.get("/api/v1/search?q=" + encoded));

        assertThat(answer.status()).isIn(200, 400);
        assertThat(JsonBodies.parse(answer.body()).isObject()).isTrue();
    }

    @Provide
    Arbitrary<String> queries() {
        return QueryTexts.queries();
    }

    @Provide
    Arbitrary<String> limits() {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.integers().between(-5, 30).map(n -> "&limit=" + n),
                Arbitraries.of("&limit=", "&limit=abc", "&limit=1e3", "&limit=99999999999", "&limit=%20"));
    }

    @Provide
    Arbitrary<String> encodedBytes() {
        return Arbitraries.integers().between(0, 255).list().ofMinSize(1).ofMaxSize(60)
                .map(bytes -> bytes.stream().map(b -> String.format("%%%02X", b)).reduce("", String::concat));
    }

    /** What the server reads back from the URL-encoded text: lone surrogates become '?'. */
    private static String roundTrip(String q) {
        return new String(q.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String target) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + running.app().httpPort() + target);
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
