package io.github.asyncioanswers;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures what is written to stderr (where logback's console appender writes) while open. Logging is
 * asynchronous, so reading first logs a marker line and waits until it is written: one worker writes
 * lines in the order they were logged, so every line logged before the read is in the text too.
 */
public final class LogCapture implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogCapture.class);
    private static final String MARKER = "log capture barrier ";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    public LogCapture() {
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    /** Every line logged before this call. */
    public String text() {
        String marker = MARKER + UUID.randomUUID();
        LOG.error(marker); // ERROR, so that no level setting hides it
        await().atMost(WAIT).until(() -> written().contains(marker));
        return withoutMarkers(written());
    }

    /**
     * The text once it {@code holds}: for a line logged by another thread after whatever the test
     * waited for, such as the access line, which is logged after the response has been sent.
     */
    public String textOnce(Predicate<String> holds) {
        await().atMost(WAIT).until(() -> holds.test(text()));
        return text();
    }

    private String written() {
        System.err.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String withoutMarkers(String text) {
        return text.lines().filter(line -> !line.contains(MARKER)).map(line -> line + "\n").collect(Collectors.joining());
    }

    @Override
    public void close() {
        String text = text();
        System.setErr(original);
        original.print(text);
    }
}
