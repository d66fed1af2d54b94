package io.github.asyncioanswers.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.RunningApp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests a browser would never send: each gets the right 4xx with a JSON error, and the server stays up. */
class HttpApiMalformedRequestTest {

    private static RunningApp running;
    private static HttpClient client;

    @BeforeAll
    static void start() throws IOException {
        running = RunningApp.start(false);
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @AfterEach
    void server_is_still_healthy() {
        RawHttp.Answer health = raw(RawHttp.get("/health"));
        assertThat(health.status()).isEqualTo(200);
        assertThat(JsonBodies.parse(health.body()).get("status").asText()).isEqualTo("UP");
    }

    @Test
    void a_search_without_limit_gets_at_most_five_results() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/search?q=gather");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JsonBodies.parse(response.body()).get("results").size()).isBetween(1, HttpApi.DEFAULT_LIMIT);
    }

    @Test
    void a_search_without_q_is_a_400_naming_the_parameter() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/search?limit=3");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonBodies.error(response.body())).isEqualTo("missing query parameter 'q'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%ZZ", "%", "%4", "%E0%A4%A", "%ED%A0%80", "%FF%FE", "%C0%AF", "ok&limit=%G1"})
    void bad_percent_encoding_or_invalid_utf8_is_a_400(String q) {
        RawHttp.Answer answer = raw(RawHttp.get("/api/v1/search?q=" + q));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(JsonBodies.error(answer.body())).isEqualTo(QueryStrings.INVALID);
    }

    @Test
    void raw_invalid_utf8_bytes_in_the_url_are_searched_as_replacement_characters() {
        RawHttp.Answer answer = raw("GET /api/v1/search?q=\u00ff\u00fe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(JsonBodies.parse(answer.body()).get("query").asText()).isEqualTo("\uFFFD\uFFFD");
    }

    @Test
    void a_nul_character_in_q_is_searched_as_text() {
        RawHttp.Answer answer = raw(RawHttp.get("/api/v1/search?q=gather%00"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(JsonBodies.parse(answer.body()).get("query").asText()).isEqualTo("gather\u0000");
    }

    @ParameterizedTest
    @CsvSource({"POST,/api/v1/search?q=x", "PUT,/api/v1/search?q=x", "DELETE,/api/v1/search?q=x", "PATCH,/health",
            "DELETE,/health", "POST,/api/v1/questions/x", "OPTIONS,/health", "TRACE,/health", "BREW,/health"})
    void wrong_methods_on_get_routes_are_a_405(String method, String target) throws Exception {
        HttpResponse<String> response = send(method, target);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(JsonBodies.error(response.body())).isEqualTo("Method Not Allowed");
    }

    @Test
    void an_unknown_path_is_a_404() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v2/search?q=x");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JsonBodies.error(response.body())).isNotBlank();
    }

    @Test
    void a_header_of_100_kb_is_a_431() {
        RawHttp.Answer answer = raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(100_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).isEqualTo(431);
        assertThat(JsonBodies.error(answer.body())).isEqualTo("Request Header Fields Too Large");
    }

    @Test
    void a_url_of_100_kb_is_a_414() {
        RawHttp.Answer answer = raw(RawHttp.get("/api/v1/search?q=" + "a".repeat(100_000)));

        assertThat(answer.status()).isEqualTo(414);
        assertThat(JsonBodies.error(answer.body())).isEqualTo("URI Too Long");
    }

    @Test
    void a_1000_character_question_in_chinese_fits_in_the_url() {
        RawHttp.Answer answer = raw(RawHttp.get("/api/v1/search?q=" + "%E4%B8%AD".repeat(1000)));

        assertThat(answer.status()).isEqualTo(200);
    }

    static Stream<Arguments> unparseableRequests() {
        return Stream.of(
                Arguments.of("GET /health HTTP/1.1\r\nConnection: close\r\n\r\n", "No Host"),
                Arguments.of("HELLO\r\n\r\n", "No URI"),
                Arguments.of("GET /health HTTP/1.1\r\nHost: x\r\nHost: y\r\nConnection: close\r\n\r\n", "Duplicate Host Header"),
                Arguments.of("GET /health HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n",
                        "Invalid Content-Length Value"),
                Arguments.of("GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\nConnection: close\r\n\r\n",
                        "Illegal character SPACE=' '"));
    }

    @ParameterizedTest
    @MethodSource("unparseableRequests")
    void requests_jetty_cannot_parse_are_a_400_with_a_json_error(String request, String error) {
        RawHttp.Answer answer = raw(request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(JsonBodies.error(answer.body())).isEqualTo(error);
    }

    /** RFC 9110 answers an unsupported major version with 505: the one 5xx a client can cause, on purpose. */
    @Test
    void an_unknown_http_version_is_a_505_with_a_json_error() {
        RawHttp.Answer answer = raw("GET /health HTTP/9.9\r\nHost: x\r\n\r\n");

        assertThat(answer.status()).isEqualTo(505);
        assertThat(JsonBodies.error(answer.body())).isEqualTo("Unknown Version");
    }

    private static RawHttp.Answer raw(String request) {
        return RawHttp.send(running.app().httpPort(), request);
    }

    private static HttpResponse<String> send(String method, String target) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + running.app().httpPort() + target);
        HttpRequest request = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
