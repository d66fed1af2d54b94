package io.github.asyncioanswers.learn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the query log back; a line that is not a valid entry is skipped with a warning naming its file and line. */
public final class LogReader {

    private static final Logger LOG = LoggerFactory.getLogger(LogReader.class);
    static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private LogReader() {
    }

    /** Every entry in the data folder, oldest first; an empty list when there is no log yet. */
    public static List<LogEntry> read(Path dataDir) throws IOException {
        List<LogEntry> entries = new ArrayList<>();
        for (Path file : LogFiles.all(dataDir)) {
            readFile(file, entries);
        }
        return entries;
    }

    private static void readFile(Path file, List<LogEntry> entries) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                Optional<LogEntry> entry = line.isBlank() ? Optional.empty() : parse(line);
                if (entry.isPresent()) {
                    entries.add(entry.get());
                } else if (!line.isBlank()) {
                    LOG.warn("skipping corrupt query log line {}:{}", file, number);
                }
            }
        }
    }

    private static Optional<LogEntry> parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return switch (node.path("type").asText()) {
                case LogEntry.QUERY -> Optional.of(JSON.treeToValue(node, LogEntry.Query.class));
                case LogEntry.FEEDBACK -> Optional.of(JSON.treeToValue(node, LogEntry.Vote.class));
                default -> Optional.empty();
            };
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
