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

    /**
     * Reads the file once it has at least {@code count} whole lines (ended by a newline), for a log
     * written by a thread of its own; gives up after 10 s and returns what is there.
     */
    public static List<JsonNode> awaitLines(Path file, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (wholeLines(file) < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        return read(file);
    }

    private static long wholeLines(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file).chars().filter(c -> c == '\n').count() : 0;
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
