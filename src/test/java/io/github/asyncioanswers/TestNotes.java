package io.github.asyncioanswers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/** Writes small note files for tests: each block's question and answer carry a word found nowhere else. */
public final class TestNotes {

    private TestNotes() {
    }

    /** One block: {@code ### How do I <word>?} answered by {@code Use <word> wisely.}. */
    public static String block(String word) {
        return "### How do I " + word + "?\n\nUse " + word + " wisely with asyncio.\n\n";
    }

    /** Writes {@code blocks} blocks to {@code file}, one for each word. */
    public static Path write(Path file, String... words) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            text.append(block(word));
        }
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills {@code dir} with {@code files} files of {@code blocksPerFile} blocks each; returns the block count. */
    public static int generate(Path dir, int files, int blocksPerFile) {
        for (int f = 0; f < files; f++) {
            int file = f;
            write(dir.resolve("topic" + (file % 10)).resolve("note" + file + ".md"), IntStream.range(0, blocksPerFile)
                    .mapToObj(b -> "gen" + file + "x" + b).toArray(String[]::new));
        }
        return files * blocksPerFile;
    }
}
