package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.index.Analyzers;
import io.github.asyncioanswers.index.NoteIndex;
import io.github.asyncioanswers.notes.Note;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpellerTest {

    @TempDir
    Path dir;
    private NoteIndex index;
    private SearcherManager manager;
    private IndexSearcher searcher;
    private final Speller speller = new Speller(Glossary.parse(List.of("blocking, stuck, hang")), Set.of("user", "tell"));

    @BeforeEach
    void open() throws IOException {
        index = NoteIndex.open(dir, Analyzers.forNotes(), Optional.empty());
        index.replaceAll(List.of(new Note("11111111-1111-4111-8111-111111111111", "What is asyncio.create_task()?",
                "It schedules a coroutine: `my_task = asyncio.create_task(coro())`, then `loop.run_until_complete(main())`;"
                        + " `asyncio.gather(my_task)` and `self.sessions` need python3.11; each task has its own stack,"
                        + " used till after it ends.",
                List.of(), List.of(), "en", "notes/a.md", 1)));
        manager = index.searcherManager();
        searcher = manager.acquire();
    }

    @AfterEach
    void close() throws IOException {
        manager.release(searcher);
        index.close();
    }

    @Test
    void a_misspelled_word_becomes_the_closest_word_of_the_notes() throws IOException {
        assertThat(speller.correct("what is a corutine", searcher.getIndexReader())).isEqualTo("what is a coroutine");
    }

    @Test
    void a_slip_of_a_word_that_says_little_is_read_as_that_word_though_the_notes_never_use_it() throws IOException {
        Speller withWords = new Speller(Glossary.empty(), new LinkedHashSet<>(List.of("explained", "others", "pizza")));

        assertThat(withWords.correct("explaned: what do the otehrs do", searcher.getIndexReader()))
                .isEqualTo("explained: what do the others do");
        assertThat(withWords.correct("best pizzza", searcher.getIndexReader())).isEqualTo("best pizzza");
    }

    @Test
    void a_misspelled_dotted_or_snake_case_name_is_corrected_as_a_whole() throws IOException {
        assertThat(speller.correct("asyncio.create_taks() vs await", searcher.getIndexReader()))
                .isEqualTo("asyncio.create_task() vs await");
        assertThat(speller.correct("run_until_complet", searcher.getIndexReader())).isEqualTo("run_until_complete");
    }

    @Test
    void a_word_of_the_glossary_is_known_and_never_corrected_to_a_word_of_the_notes() throws IOException {
        assertThat(speller.correct("my loop is stuck", searcher.getIndexReader())).isEqualTo("my loop is stuck");
        assertThat(new Speller(Glossary.empty(), Set.of()).correct("my loop is stuck", searcher.getIndexReader()))
                .isEqualTo("my loop is stack");
    }

    @Test
    void everyday_english_words_and_dunder_names_are_never_taken_for_slips() throws IOException {
        assertThat(speller.correct("the user may tell it", searcher.getIndexReader())).isEqualTo("the user may tell it");
        assertThat(new Speller(Glossary.empty(), Set.of()).correct("the user may tell it", searcher.getIndexReader()))
                .isEqualTo("the used may till it");
        assertThat(new Speller(Glossary.empty(), Set.of()).correct("__aiter__", searcher.getIndexReader())).isEqualTo("__aiter__");
    }

    @Test
    void an_asyncio_name_is_corrected_whatever_its_length() throws IOException {
        assertThat(speller.correct("asyncio.gahter(my_task)", searcher.getIndexReader())).isEqualTo("asyncio.gather(my_task)");
    }

    @Test
    void short_names_of_the_askers_own_and_versions_are_left_alone() throws IOException {
        assertThat(speller.correct("my_tasks and self.session", searcher.getIndexReader())).isEqualTo("my_tasks and self.session");
        assertThat(speller.correct("python3.10", searcher.getIndexReader())).isEqualTo("python3.10");
    }
}
