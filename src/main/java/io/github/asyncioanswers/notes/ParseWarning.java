package io.github.asyncioanswers.notes;

import java.util.Objects;

/** A problem found in a note file, with the place to fix it; the rest of the file is still used. */
public record ParseWarning(String file, int line, String message) {

    public ParseWarning {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
