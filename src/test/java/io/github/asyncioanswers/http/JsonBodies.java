package io.github.asyncioanswers.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** Strict JSON reading for response bodies: one value, nothing after it, no NaN. */
final class JsonBodies {

    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBodies() {
    }

    static JsonNode parse(String body) {
        try {
            return STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not valid JSON: " + body, e);
        }
    }

    /** The {@code error} text of an error body. */
    static String error(String body) {
        return parse(body).path("error").asText("(no error field)");
    }
}
