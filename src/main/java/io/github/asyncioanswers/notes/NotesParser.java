package io.github.asyncioanswers.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Reads markdown note files into question/answer blocks; never throws on what a file contains. */
public final class NotesParser {

    private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".txt");

    /** Returns true for the files that hold notes: {@code .md}, {@code .markdown} and {@code .txt}. */
    public static boolean isNoteFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /**
     * Parses every note file under {@code notesDir}, recursively, in path order, and makes the
     * ids unique across files.
     *
     * @throws IOException when the folder itself cannot be listed; an unreadable file is only a warning
     */
    public ParsedNotes parseFolder(Path notesDir) throws IOException {
        List<ParsedNotes> files = new ArrayList<>();
        for (Path file : listNoteFiles(notesDir)) {
            files.add(parseFile(notesDir, file));
        }
        return combine(files);
    }

    /** Joins the blocks of several files, in the given order, and makes the ids unique across them. */
    public ParsedNotes combine(List<ParsedNotes> files) {
        List<Note> notes = new ArrayList<>();
        List<ParseWarning> warnings = new ArrayList<>();
        for (ParsedNotes parsed : files) {
            notes.addAll(parsed.notes());
            warnings.addAll(parsed.warnings());
        }
        return UniqueIds.resolve(notes, warnings);
    }

    /** Lists the note files under {@code notesDir}, sorted, skipping hidden folders. */
    public List<Path> listNoteFiles(Path notesDir) throws IOException {
        if (!Files.isDirectory(notesDir)) {
            throw new IOException("notes folder not found: " + notesDir);
        }
        try (Stream<Path> walk = Files.walk(notesDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(NotesParser::isNoteFile)
                    .filter(path -> !isHidden(notesDir.relativize(path)))
                    .sorted()
                    .toList();
        }
    }

    /** Parses one file; ids are unique within the file but not checked against other files. */
    public ParsedNotes parseFile(Path notesDir, Path file) {
        String name = displayName(notesDir, file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return new ParsedNotes(List.of(), List.of(new ParseWarning(name, 1, "cannot read file: " + e)));
        }
        return parse(name, bytes);
    }

    /** Parses the bytes of one note file shown to users as {@code file}. */
    public ParsedNotes parse(String file, byte[] bytes) {
        NoteText.Decoded decoded = NoteText.decode(file, bytes);
        List<ParseWarning> warnings = new ArrayList<>(decoded.warnings());
        MarkdownBlocks.Split split = MarkdownBlocks.split(decoded.lines());
        for (int line : split.unclosedFences()) {
            warnings.add(new ParseWarning(file, line, "code fence is never closed; read as plain text"));
        }
        List<Note> notes = new BlockReader(file, warnings).read(split.blocks());
        return UniqueIds.resolve(notes, warnings);
    }

    /** The name a file is shown by: the notes folder's name, then the path inside it, with '/'. */
    /**
     * The title of {@code line} when the notes read it as a heading: for showing an answer's own
     * headings by the same rule that splits the notes into blocks.
     */
    public static Optional<String> headingTitle(String line) {
        return MarkdownBlocks.heading(line);
    }

    public static String displayName(Path notesDir, Path file) {
        Path folder = notesDir.toAbsolutePath().normalize().getFileName();
        String relative = notesDir.toAbsolutePath().normalize()
                .relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return folder == null ? relative : folder + "/" + relative;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
