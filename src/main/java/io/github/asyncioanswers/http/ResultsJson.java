package io.github.asyncioanswers.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.asyncioanswers.search.Hit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code results} array of a search as JSON text, kept for the hits of recent answers: a
 * repeated question gets the same hits from the result cache, and writing out their answers is
 * most of what such a request costs. The text keeps its UTF-8 bytes once written, so a repeated
 * answer is neither serialized nor encoded again. Bounded, thread safe.
 */
final class ResultsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int capacity;
    private final Map<List<Hit>, SerializedString> recent;

    /** Keeps the JSON of {@code capacity} results at most; 0 writes every one anew. */
    ResultsJson(int capacity) {
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<List<Hit>, SerializedString> eldest) {
                return size() > capacity;
            }
        };
    }

    SerializedString of(List<Hit> hits) {
        if (capacity == 0) {
            return write(hits);
        }
        synchronized (recent) {
            SerializedString known = recent.get(hits);
            if (known != null) {
                return known;
            }
        }
        SerializedString json = write(hits);
        synchronized (recent) {
            recent.put(hits, json);
        }
        return json;
    }

    private static SerializedString write(List<Hit> hits) {
        try {
            SerializedString json = new SerializedString(JSON.writeValueAsString(hits.stream().map(ResultJson::of).toList()));
            // Made now, before the text is shared: SerializedString caches its bytes in a plain field.
            json.asUnquotedUTF8();
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("results are always writable as JSON", e);
        }
    }
}
