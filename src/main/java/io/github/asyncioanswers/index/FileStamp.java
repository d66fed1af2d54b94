package io.github.asyncioanswers.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** What the file system says about a file without reading it: size, modification time and identity. */
record FileStamp(long size, Instant modified, Object fileKey) {

    /**
     * Modification times can be coarse (whole seconds on some file systems), so a file changed this
     * soon before it was read may have changed again without its time moving: it is read once more.
     */
    private static final Duration CLOCK_GRAIN = Duration.ofSeconds(2);

    FileStamp {
        Objects.requireNonNull(modified, "modified");
    }

    static FileStamp of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().toInstant(), attributes.fileKey());
    }

    /** True when a file stamped {@code now} surely still holds what was read at {@code readAt} with this stamp. */
    boolean unchangedSince(FileStamp now, Instant readAt) {
        return equals(now) && modified.isBefore(readAt.minus(CLOCK_GRAIN));
    }
}
