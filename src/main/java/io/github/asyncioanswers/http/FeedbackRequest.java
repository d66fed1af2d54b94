package io.github.asyncioanswers.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;

/** The body of {@code POST /api/v1/feedback}, checked field by field so each mistake gets its own message. */
record FeedbackRequest(String queryId, String id, boolean helpful) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ID_CHARS = 100;

    static FeedbackRequest parse(String body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestResponse("body must be a JSON object like {\"queryId\": \"...\", \"id\": \"...\", "
                    + "\"helpful\": true}");
        }
        if (node == null || !node.isObject()) {
            throw new BadRequestResponse("body must be a JSON object like {\"queryId\": \"...\", \"id\": \"...\", "
                    + "\"helpful\": true}");
        }
        JsonNode helpful = node.get("helpful");
        if (helpful == null || !helpful.isBoolean()) {
            throw new BadRequestResponse("helpful must be true or false");
        }
        return new FeedbackRequest(text(node, "queryId"), text(node, "id"), helpful.booleanValue());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new BadRequestResponse(field + " must be a non-empty string");
        }
        if (value.asText().length() > MAX_ID_CHARS) {
            throw new BadRequestResponse(field + " must be at most " + MAX_ID_CHARS + " characters");
        }
        return value.asText();
    }
}
