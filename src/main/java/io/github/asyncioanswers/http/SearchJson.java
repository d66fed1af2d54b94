package io.github.asyncioanswers.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import io.github.asyncioanswers.search.SearchResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The body of {@code GET /api/v1/search}; {@code queryId} is what feedback on these results refers to.
 * {@code results} is the JSON array of {@link ResultJson}, written by {@link ResultsJson}.
 */
record SearchJson(String queryId, String query, boolean answered, SerializableString results, double tookMs) {

    private static final JsonFactory JSON = new JsonFactory();
    /** First guess of the room the fields around the results take; a long query grows the buffer. */
    private static final int ROOM_AROUND_RESULTS = 512;

    static SearchJson of(String queryId, SearchResult result, ResultsJson results) {
        double tookMs = Math.round(result.took().toNanos() / 10_000.0) / 100.0;
        return new SearchJson(queryId, result.query(), result.answered(), results.of(result.hits()), tookMs);
    }

    /**
     * The body as UTF-8 JSON. The results are copied in as the bytes they were written to once,
     * which is most of the body: going through a string would encode them again on every request.
     */
    byte[] utf8() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(results.asUnquotedUTF8().length + ROOM_AROUND_RESULTS);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("queryId", queryId);
            json.writeStringField("query", query);
            json.writeBooleanField("answered", answered);
            json.writeFieldName("results");
            json.writeRawValue(results);
            json.writeNumberField("tookMs", tookMs);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
        return out.toByteArray();
    }
}
