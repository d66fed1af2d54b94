package io.github.asyncioanswers.notes;

import java.util.List;

/** The blocks of one or more note files and the warnings found while reading them. */
public record ParsedNotes(List<Note> notes, List<ParseWarning> warnings) {

    public ParsedNotes {
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }
}
