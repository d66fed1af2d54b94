package io.github.asyncioanswers.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Writes a synthetic notes folder of any size: question headings and answers (prose and code)
 * made of words drawn, with their natural frequencies, from the bundled notes.
 * Run as {@code Corpus BLOCKS TARGET_DIR}.
 */
public final class Corpus {

    private static final int BLOCKS_PER_FILE = 1000;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_.()]+");

    private final List<String> words;
    private final List<String> codeLines;
    private final Random random = new Random(42);

    private Corpus(List<String> words, List<String> codeLines) {
        this.words = words;
        this.codeLines = codeLines;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Corpus BLOCKS TARGET_DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        fromNotes(Path.of("notes")).write(Integer.parseInt(args[0]), dir);
        System.out.println("wrote " + args[0] + " blocks to " + dir);
    }

    /** A generator that draws from the words and code lines of the notes in {@code notesDir}. */
    public static Corpus fromNotes(Path notesDir) throws IOException {
        List<String> words = new ArrayList<>();
        List<String> code = new ArrayList<>();
        try (var files = Files.list(notesDir)) {
            for (Path file : files.sorted().toList()) {
                boolean inCode = false;
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith("```")) {
                        inCode = !inCode;
                    } else if (inCode && !line.isBlank()) {
                        code.add(line);
                    } else if (!line.startsWith("#")) {
                        WORD.matcher(line).results().forEach(m -> words.add(m.group()));
                    }
                }
            }
        }
        return new Corpus(words, code);
    }

    /** Writes {@code blocks} blocks into {@code dir}, a thousand a file. */
    public void write(int blocks, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int start = 0, file = 0; start < blocks; start += BLOCKS_PER_FILE, file++) {
            StringBuilder text = new StringBuilder();
            for (int block = start; block < Math.min(blocks, start + BLOCKS_PER_FILE); block++) {
                appendBlock(text, block);
            }
            Files.writeString(dir.resolve(String.format("generated_%04d.md", file)), text);
        }
    }

    private void appendBlock(StringBuilder text, int block) {
        text.append("## ").append(phrase(4, 9)).append(" (").append(block).append(")?\n\n");
        for (int sentence = 0, n = 2 + random.nextInt(5); sentence < n; sentence++) {
            text.append(phrase(8, 20)).append(". ");
        }
        text.append("\n\n");
        if (random.nextInt(3) == 0) {
            text.append("```python\n");
            int first = random.nextInt(codeLines.size());
            codeLines.subList(first, Math.min(codeLines.size(), first + 3 + random.nextInt(8)))
                    .forEach(line -> text.append(line).append('\n'));
            text.append("```\n\n");
        }
    }

    private String phrase(int min, int max) {
        StringBuilder phrase = new StringBuilder();
        for (int i = 0, n = min + random.nextInt(max - min + 1); i < n; i++) {
            phrase.append(i == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
        }
        return phrase.toString();
    }
}
