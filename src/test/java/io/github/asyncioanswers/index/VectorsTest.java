package io.github.asyncioanswers.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.asyncioanswers.embed.Embedder;
import io.github.asyncioanswers.notes.Note;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VectorsTest {

    private static Embedder embedder;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModel() {
        embedder = Embedder.load(Optional.empty());
    }

    @Test
    void blocks_embedded_together_on_every_core_get_the_vectors_they_get_alone() {
        List<Note> notes = List.of(
                NoteIndexTest.note("a", "asyncio.gather runs awaitables concurrently"),
                NoteIndexTest.note("b", "A Task wraps a coroutine and schedules it on the event loop"),
                NoteIndexTest.note("c", "wait_for cancels the awaitable when the timeout expires"),
                NoteIndexTest.note("d", "Корутина — это функция, объявленная через async def"),
                NoteIndexTest.note("e", "```python\nasync with asyncio.TaskGroup() as tg:\n    tg.create_task(work())\n```"));

        Map<String, float[]> together = Vectors.embedAll(embedder, notes);

        assertThat(together).containsOnlyKeys("a", "b", "c", "d", "e");
        for (Note note : notes) {
            assertThat(together.get(note.id())).containsExactly(Vectors.embed(embedder, note), within(1e-5f));
        }
    }

    @Test
    void switching_embeddings_on_gives_every_block_already_indexed_a_vector() throws IOException {
        List<Note> notes = List.of(NoteIndexTest.note("a", "answer a"), NoteIndexTest.note("b", "answer b"),
                NoteIndexTest.note("c", "answer c"));
        try (NoteIndex lexical = NoteIndex.open(dir, Analyzers.forNotes(), Optional.empty())) {
            lexical.replaceAll(notes);
        }

        try (NoteIndex semantic = NoteIndex.open(dir, Analyzers.forNotes(), Optional.of(embedder))) {
            semantic.replaceAll(notes);

            assertThat(blocksWithVectors(semantic)).isEqualTo(3);
        }
    }

    @Test
    void the_embedded_answer_puts_the_explanation_before_the_code() {
        String answer = "Use wait_for:\n\n```python\nawait asyncio.wait_for(coro(), timeout=1)\n```\n\n"
                + "It cancels the awaitable when the time is up.\n\n~~~\nasyncio.run(main())\n~~~\n";

        assertThat(Vectors.proseFirst(answer)).isEqualTo("Use wait_for:\n\n \n\nIt cancels the awaitable when the time is up."
                + "\n```python\nawait asyncio.wait_for(coro(), timeout=1)\n```\n~~~\nasyncio.run(main())\n~~~");
    }

    @Test
    void an_unclosed_fence_is_code_to_the_end_and_an_answer_without_code_is_unchanged() {
        assertThat(Vectors.proseFirst("Run it:\n```\npython -m asyncio")).isEqualTo("Run it:\n```\npython -m asyncio");
        assertThat(Vectors.proseFirst("Only words.")).isEqualTo("Only words.");
    }

    private static int blocksWithVectors(NoteIndex index) throws IOException {
        IndexSearcher searcher = index.searcherManager().acquire();
        try {
            int count = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
                if (values == null) {
                    continue;
                }
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(doc)) {
                        count++;
                    }
                }
            }
            return count;
        } finally {
            index.searcherManager().release(searcher);
        }
    }
}
