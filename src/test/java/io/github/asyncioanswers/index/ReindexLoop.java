package io.github.asyncioanswers.index;

import io.github.asyncioanswers.notes.NotesParser;
import java.util.Optional;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link CrashRecoveryTest}: indexes a notes folder, then rebuilds it in a loop
 * until killed, saying on stdout when each rebuild starts.
 */
public final class ReindexLoop {

    private ReindexLoop() {
    }

    public static void main(String[] args) throws IOException {
        NoteIndex index = NoteIndex.open(Path.of(args[1]), Analyzers.forNotes(), Optional.empty());
        Reindexer reindexer = new Reindexer(Path.of(args[0]), new NotesParser(), index);
        System.out.println("indexed " + reindexer.reindex().blocks());
        while (true) {
            System.out.println("rebuilding");
            reindexer.rebuild();
        }
    }
}
