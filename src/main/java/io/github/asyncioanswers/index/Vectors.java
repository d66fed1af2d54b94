package io.github.asyncioanswers.index;

import io.github.asyncioanswers.embed.Embedder;
import io.github.asyncioanswers.notes.Note;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/** The embeddings of blocks: computed for new and changed blocks, read back for unchanged ones. */
final class Vectors {

    private Vectors() {
    }

    /** A fenced code block, or an unclosed fence to the end of the answer. */
    private static final Pattern CODE_BLOCK = Pattern.compile("(?s)(```|~~~).*?(\\1|\\z)");

    /** The passage a block is embedded as: its question, phrasings and heading path, then its answer. */
    static float[] embed(Embedder embedder, Note note) {
        String title = String.join("\n", note.question(), String.join("\n", note.alsoAsked()),
                String.join(" > ", note.headingPath())).strip();
        return embedder.embedPassage(title, proseFirst(note.answer()));
    }

    /**
     * The answer with its explanation before its code: the model reads only the start of a
     * passage, and an answer that opens with a long code block would otherwise be embedded as code
     * alone (README, "Retrieval quality").
     */
    static String proseFirst(String answer) {
        StringBuilder code = new StringBuilder();
        Matcher block = CODE_BLOCK.matcher(answer);
        while (block.find()) {
            code.append('\n').append(block.group());
        }
        String prose = CODE_BLOCK.matcher(answer).replaceAll(" ").strip();
        return (prose + code).strip();
    }

    /**
     * The vectors of {@code notes} by question id, computed on every core: the model runs one
     * thread per block, so a rebuild of many blocks would otherwise leave the other cores idle.
     */
    static Map<String, float[]> embedAll(Embedder embedder, List<Note> notes) {
        if (notes.size() < 2) {
            Map<String, float[]> vectors = new HashMap<>();
            notes.forEach(note -> vectors.put(note.id(), embed(embedder, note)));
            return vectors;
        }
        int threads = Math.min(notes.size(), Runtime.getRuntime().availableProcessors());
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> notes.parallelStream()
                    .collect(Collectors.toConcurrentMap(Note::id, note -> embed(embedder, note), (a, b) -> b)))
                    .join();
        } finally {
            pool.shutdown();
        }
    }

    /** Every live block's vector by question id, from the writer's own view. */
    static Map<String, float[]> stored(IndexWriter writer) throws IOException {
        Map<String, float[]> vectors = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
                if (values == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        String id = stored.document(doc, Set.of(Fields.ID)).get(Fields.ID);
                        vectors.put(id, values.vectorValue().clone());
                    }
                }
            }
        }
        return vectors;
    }
}
