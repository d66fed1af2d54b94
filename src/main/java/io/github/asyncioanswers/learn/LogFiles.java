package io.github.asyncioanswers.learn;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query log's files in the data folder: {@code queries.jsonl} is appended to, and renamed to
 * {@code queries-<UTC time>-<counter>.jsonl} when it reaches its size limit; renamed files older than the
 * retention are deleted.
 */
final class LogFiles implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LogFiles.class);
    static final String CURRENT = "queries.jsonl";
    private static final String PREFIX = "queries-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final Path dir;
    private final long maxBytes;
    private final Duration retention;
    private FileOutputStream out;
    private long size;

    LogFiles(Path dir, long maxBytes, Duration retention) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.maxBytes = maxBytes;
        this.retention = retention;
        prune();
        openCurrent();
    }

    /**
     * Appends one line and hands it to the operating system before returning, so a crash of the
     * process loses at most the line being written.
     */
    void append(String line) throws IOException {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        if (size > 0 && size + bytes.length > maxBytes) {
            rotate();
        }
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            // A full disk may take part of the line: cut it off, so the next line starts on its own.
            out.getChannel().truncate(size);
            throw e;
        }
        size += bytes.length;
    }

    /** Every log file in the folder, oldest first: the rotated ones by name, then the current one. */
    static List<Path> all(Path dir) throws IOException {
        List<Path> rotated = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return rotated;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*.jsonl")) {
            files.forEach(rotated::add);
        }
        rotated.sort(null);
        if (Files.exists(dir.resolve(CURRENT))) {
            rotated.add(dir.resolve(CURRENT));
        }
        return rotated;
    }

    private void openCurrent() throws IOException {
        Path current = dir.resolve(CURRENT);
        endTornLine(current);
        out = new FileOutputStream(current.toFile(), true);
        size = Files.size(current);
    }

    /** A crash may have cut the last line short; a newline keeps the next line from joining it. */
    private static void endTornLine(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(raf.length() - 1);
            if (raf.read() != '\n') {
                raf.write('\n');
                LOG.warn("{} ended in a cut-off line (a crash while writing?); it will be skipped when read", file);
            }
        }
    }

    private void rotate() throws IOException {
        out.close();
        // The counter keeps names unique and in writing order within one millisecond.
        String stamp = STAMP.format(Instant.now());
        Path target = dir.resolve(PREFIX + stamp + "-000.jsonl");
        for (int n = 1; Files.exists(target); n++) {
            target = dir.resolve(String.format("%s%s-%03d.jsonl", PREFIX, stamp, n));
        }
        Files.move(dir.resolve(CURRENT), target);
        LOG.info("query log rotated to {}", target.getFileName());
        prune();
        openCurrent();
    }

    private void prune() throws IOException {
        Instant oldest = Instant.now().minus(retention);
        for (Path file : all(dir)) {
            if (file.getFileName().toString().startsWith(PREFIX)
                    && Files.getLastModifiedTime(file).toInstant().isBefore(oldest)) {
                Files.delete(file);
                LOG.info("deleted {}: older than the query log retention {}", file.getFileName(), retention);
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
