package io.github.asyncioanswers.http;

/** The body of every error response: {@code {"error": "what is wrong"}}. */
record ErrorJson(String error) {
}
