package io.github.asyncioanswers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a JSON-lines file (the query log) for assertions. */
public final class TestJsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestJsonLines() {
    }

    public static List<JsonNode> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}
