package io.github.asyncioanswers.index;

import io.github.asyncioanswers.notes.NotesParser;
import io.github.asyncioanswers.notes.ParseWarning;
import io.github.asyncioanswers.notes.ParsedNotes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parsed blocks of every note file, kept between reindexes: a file is parsed again only when
 * its stamp changed, and a file that cannot be read right now keeps its last good blocks until it
 * is really gone. Not thread safe; {@link Reindexer} serializes its calls.
 */
final class NoteFiles {

    /** A file's last good blocks and, when it could not be read this time, the warning saying so. */
    private record Entry(FileStamp stamp, Instant readAt, ParsedNotes parsed, List<ParseWarning> problems) {

        Entry {
            problems = List.copyOf(problems);
        }

        ParsedNotes current() {
            if (problems.isEmpty()) {
                return parsed;
            }
            List<ParseWarning> warnings = new ArrayList<>(parsed.warnings());
            warnings.addAll(problems);
            return new ParsedNotes(parsed.notes(), warnings);
        }
    }

    /** Matches no real file, so that a file whose blocks were kept is read again next time. */
    private static final FileStamp UNKNOWN = new FileStamp(-1, Instant.EPOCH, null);
    private static final ParsedNotes NOTHING = new ParsedNotes(List.of(), List.of());

    private final Path notesDir;
    private final NotesParser parser;
    private Map<Path, Entry> byFile = new TreeMap<>();
    private int filesRead;

    NoteFiles(Path notesDir, NotesParser parser) {
        this.notesDir = notesDir;
        this.parser = parser;
    }

    /**
     * Brings every file up to date and returns the blocks of all files, in path order, with ids
     * unique across files.
     *
     * @throws IOException when the notes folder cannot be listed; nothing is forgotten then
     */
    ParsedNotes refresh() throws IOException {
        List<Path> listed = parser.listNoteFiles(notesDir);
        Map<Path, Entry> next = new TreeMap<>();
        List<ParsedNotes> files = new ArrayList<>();
        filesRead = 0;
        for (Path file : listed) {
            Entry entry = read(file, byFile.get(file));
            next.put(file, entry);
            files.add(entry.current());
        }
        byFile.forEach((file, entry) -> {
            if (!next.containsKey(file) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                // Still there but no longer a readable file (a dangling link, a folder for now).
                Entry kept = keep(file, entry, "is not a readable file now");
                next.put(file, kept);
                files.add(kept.current());
            }
        });
        byFile = next;
        return parser.combine(files);
    }

    /** Makes the next refresh parse every file again; a file that is unreadable then keeps its blocks. */
    void rereadAll() {
        byFile.replaceAll((file, entry) -> new Entry(UNKNOWN, entry.readAt(), entry.parsed(), List.of()));
    }

    /** How many files the last refresh parsed (the others were unchanged). */
    int filesRead() {
        return filesRead;
    }

    private Entry read(Path file, Entry previous) {
        try {
            FileStamp before = FileStamp.of(file);
            if (previous != null && previous.stamp().unchangedSince(before, previous.readAt())) {
                return previous;
            }
            Instant readAt = Instant.now();
            byte[] bytes = Files.readAllBytes(file);
            if (!before.equals(FileStamp.of(file))) {
                return keep(file, previous, "is being written");
            }
            filesRead++;
            return new Entry(before, readAt, parser.parse(NotesParser.displayName(notesDir, file), bytes), List.of());
        } catch (IOException | RuntimeException e) {
            return keep(file, previous, "cannot be read (" + e + ")");
        }
    }

    /** The last good blocks of a file that cannot be read now, with a warning that says so. */
    private Entry keep(Path file, Entry previous, String why) {
        ParsedNotes lastGood = previous == null ? NOTHING : previous.parsed();
        String consequence = previous == null ? "it has no blocks yet"
                : "keeping its " + lastGood.notes().size() + " blocks from the last read";
        ParseWarning warning = new ParseWarning(NotesParser.displayName(notesDir, file), 1,
                "file " + why + "; " + consequence);
        return new Entry(UNKNOWN, previous == null ? Instant.EPOCH : previous.readAt(), lastGood, List.of(warning));
    }
}
