package io.github.asyncioanswers.notes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keeps the first block of a repeated id and gives each later one a derived id, with a warning. */
final class UniqueIds {

    private UniqueIds() {
    }

    static ParsedNotes resolve(List<Note> notes, List<ParseWarning> warnings) {
        Map<String, Note> seen = new HashMap<>();
        List<Note> unique = new ArrayList<>(notes.size());
        List<ParseWarning> all = new ArrayList<>(warnings);
        for (Note note : notes) {
            Note first = seen.get(note.id());
            if (first == null) {
                seen.put(note.id(), note);
                unique.add(note);
                continue;
            }
            Note renamed = withId(note, freeId(note, seen));
            all.add(new ParseWarning(note.file(), note.line(), "duplicate question id " + note.id()
                    + " (first at " + first.file() + ":" + first.line() + "); this block is indexed as "
                    + renamed.id()));
            seen.put(renamed.id(), renamed);
            unique.add(renamed);
        }
        return new ParsedNotes(unique, all);
    }

    private static String freeId(Note note, Map<String, Note> taken) {
        String id = DerivedIds.forDuplicate(note.file(), note.question(), note.id(), 0);
        for (int attempt = 1; taken.containsKey(id); attempt++) {
            id = DerivedIds.forDuplicate(note.file(), note.question(), note.id(), attempt);
        }
        return id;
    }

    private static Note withId(Note note, String id) {
        return new Note(id, note.question(), note.answer(), note.headingPath(), note.alsoAsked(),
                note.language(), note.file(), note.line());
    }
}
