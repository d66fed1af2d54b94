package io.github.asyncioanswers.search;

import java.util.Optional;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.index.Analyzers;
import io.github.asyncioanswers.index.NoteIndex;
import io.github.asyncioanswers.notes.Note;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearcherTest {

    private static final List<Note> NOTES = List.of(
            note("11111111-1111-4111-8111-111111111111", "What is asyncio.create_task()?",
                    "It schedules a coroutine to run concurrently: `asyncio.create_task(coro())`.", "en"),
            note("22222222-2222-4222-8222-222222222222", "How to handle exceptions in asyncio.gather()?",
                    "Pass return_exceptions=True to gather.", "en"),
            note("33333333-3333-4333-8333-333333333333", "Что такое цикл событий?",
                    "Цикл событий запускает корутины по очереди.", "ru"));

    @TempDir
    Path dir;
    private NoteIndex index;
    private Searcher searcher;

    @BeforeEach
    void open() throws IOException {
        Analyzer analyzer = Analyzers.forNotes();
        index = NoteIndex.open(dir, analyzer, Optional.empty());
        index.replaceAll(NOTES);
        searcher = new Searcher(index.searcherManager(), analyzer, Glossary.empty(), Optional.empty());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void every_indexed_id_is_found_by_id_with_its_stored_fields() throws IOException {
        for (Note note : NOTES) {
            Hit hit = searcher.byId(note.id()).orElseThrow();
            assertThat(hit).extracting(Hit::id, Hit::question, Hit::answer, Hit::language, Hit::file, Hit::line)
                    .containsExactly(note.id(), note.question(), note.answer(), note.language(), note.file(),
                            note.line());
        }
    }

    @Test
    void an_unknown_id_is_empty() throws IOException {
        assertThat(searcher.byId("44444444-4444-4444-8444-444444444444")).isEmpty();
        assertThat(searcher.byId("")).isEmpty();
    }

    @Test
    void a_code_identifier_finds_its_block_first() throws IOException {
        SearchResult result = searcher.search("asyncio.create_task", 3);

        assertThat(result.hits()).first().extracting(Hit::id).isEqualTo(NOTES.get(0).id());
    }

    @Test
    void a_russian_question_finds_the_russian_block_first() throws IOException {
        SearchResult result = searcher.search("что такое цикл событий", 3);

        assertThat(result.hits()).first().extracting(Hit::id).isEqualTo(NOTES.get(2).id());
    }

    @Test
    void lucene_query_syntax_in_user_text_never_throws() throws IOException {
        for (String text : List.of("a AND (", "title:*", "*x", "\"", "gather OR", "[a TO", "~", "\\", "+-!(){}^")) {
            SearchResult result = searcher.search(text, 5);
            assertThat(result.query()).isEqualTo(text);
        }
        assertThat(searcher.search("gather AND (", 5).hits()).first().extracting(Hit::id)
                .isEqualTo(NOTES.get(1).id());
    }

    @Test
    void text_with_no_searchable_words_finds_nothing_and_is_not_answered() throws IOException {
        SearchResult result = searcher.search("how do I ???", 5);

        assertThat(result.hits()).isEmpty();
        assertThat(result.answered()).isFalse();
    }

    @Test
    void the_limit_caps_the_hits() throws IOException {
        assertThat(searcher.search("asyncio gather create_task", 1).hits()).hasSize(1);
    }

    @Test
    void size_counts_the_blocks() throws IOException {
        assertThat(searcher.size()).isEqualTo(3);
    }

    @Test
    void concurrent_searches_during_reindexes_all_succeed_with_the_same_first_hit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                results.add(pool.submit(() -> searcher.search("exceptions in asyncio.gather", 3).hits().get(0).id()));
            }
            Callable<Void> reindexes = () -> {
                for (int i = 0; i < 20; i++) {
                    index.replaceAll(i % 2 == 0 ? NOTES : List.of(NOTES.get(1), NOTES.get(0)));
                }
                return null;
            };
            Future<Void> writer = pool.submit(reindexes);
            for (Future<String> result : results) {
                assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(NOTES.get(1).id());
            }
            writer.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Note note(String id, String question, String answer, String language) {
        return new Note(id, question, answer, List.of(), List.of(), language, "notes/s.md", 1);
    }

    /** Indexes the three notes and {@code extra}. */
    private void indexAlso(Note extra) throws IOException {
        index.replaceAll(List.of(NOTES.get(0), NOTES.get(1), NOTES.get(2), extra));
    }

    @Test
    void a_block_that_asks_why_answers_a_question_that_asks_why_and_not_one_that_asks_how() throws IOException {
        Note how = note("44444444-4444-4444-8444-444444444444", "How to cancel an awaitable if it takes too long?",
                "Use `asyncio.wait_for(aw, timeout)`: on timeout it cancels the awaitable.", "en");
        Note why = note("55555555-5555-4555-8555-555555555555", "Why asyncio.wait_for(aw, timeout) doesn't always work?",
                "A blocking call inside the awaitable keeps the event loop from acting on the timeout.", "en");
        index.replaceAll(List.of(NOTES.get(0), how, why));

        assertThat(searcher.search("asyncio.wait_for timeout example", 2).hits()).first().extracting(Hit::id)
                .isEqualTo(how.id());
        assertThat(searcher.search("my wait_for timeout never fires", 2).hits()).first().extracting(Hit::id)
                .isEqualTo(why.id());
    }

    @Test
    void an_alternate_phrasing_given_by_the_author_finds_its_block() throws IOException {
        Note phrased = new Note("44444444-4444-4444-8444-444444444444", "How to stop a task?", "Call cancel().",
                List.of(), List.of("kill a background job"), "en", "notes/s.md", 9);
        indexAlso(phrased);

        SearchResult result = searcher.search("kill background job", 1);

        assertThat(result.hits()).extracting(Hit::id).containsExactly(phrased.id());
        assertThat(result.answered()).isTrue();
    }

    @Test
    void asking_what_something_is_finds_the_block_that_defines_it_before_blocks_that_use_it_more() throws IOException {
        Note definition = new Note("55555555-5555-4555-8555-555555555555", "What's a Task?",
                "A coroutine wrapped in a Future, run one step at a time by the event loop.",
                List.of(), List.of(), "en", "notes/t.md", 3);
        indexAlso(definition);

        assertThat(searcher.search("what is a task", 1).hits()).extracting(Hit::id).containsExactly(definition.id());
        assertThat(searcher.search("task scheduling", 1).hits()).extracting(Hit::id)
                .containsExactly("11111111-1111-4111-8111-111111111111");
    }

    @Test
    void asking_what_a_compound_thing_is_gives_no_bonus_to_the_block_that_defines_a_part_of_it() throws IOException {
        Note task = new Note("55555555-5555-4555-8555-555555555555", "What's a Task?",
                "A coroutine wrapped in a Future and run by the event loop, alone or in a group.",
                List.of(), List.of(), "en", "notes/t.md", 3);
        Note group = new Note("66666666-6666-4666-8666-666666666666", "4. asyncio.TaskGroup",
                "`async with asyncio.TaskGroup() as tg:` waits for every task created in the group.",
                List.of(), List.of(), "en", "notes/t.md", 9);
        index.replaceAll(List.of(NOTES.get(0), task, group));

        assertThat(searcher.search("what is a task group", 1).hits()).extracting(Hit::id).containsExactly(group.id());
    }

    @Test
    void a_pasted_error_is_answered_by_the_block_that_explains_what_it_means_when_the_glossary_knows_the_error()
            throws IOException {
        Note explains = new Note("77777777-7777-4777-8777-777777777777", "What does calling an async def function return?",
                "A coroutine object. The function's code runs only when the coroutine is awaited.",
                List.of(), List.of(), "en", "notes/c.md", 4);
        indexAlso(explains);
        Searcher withMeanings = searcherWith("error: coroutine '*' was never awaited => calling an async def "
                + "function returns a coroutine object, which runs only when awaited");
        String pasted = "bot.py:7: RuntimeWarning: coroutine 'load_users' was never awaited";

        SearchResult explained = withMeanings.search(pasted, 3);
        SearchResult literal = searcher.search(pasted, 3);

        assertThat(explained.answered()).isTrue();
        assertThat(explained.hits()).first().extracting(Hit::id).isEqualTo(explains.id());
        assertThat(literal.answered()).isFalse();
    }

    @Test
    void a_question_that_names_an_asyncio_api_no_note_mentions_is_not_answered_unless_a_known_error_explains_it()
            throws IOException {
        Note withs = note("88888888-8888-4888-8888-888888888888", "What is the difference between with and async with?",
                "async with awaits __aenter__ and __aexit__ of an asynchronous context manager, such as a lock.", "en");
        indexAlso(withs);
        Searcher withMeanings = searcherWith("error: object does not support the context manager protocol => "
                + "use async with on an asynchronous context manager, which awaits __aenter__ and __aexit__");

        SearchResult known = searcher.search("schedule a coroutine with asyncio.create_task", 3);
        SearchResult unknown = searcher.search("schedule a coroutine with asyncio.to_thread", 3);
        SearchResult explained = withMeanings.search(
                "TypeError: 'Lock' object does not support the context manager protocol (lock = asyncio.Lock())", 3);

        assertThat(known.answered()).isTrue();
        assertThat(unknown.answered()).isFalse();
        assertThat(unknown.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.confidence()).isLessThanOrEqualTo(0.4));
        assertThat(unknown.hits()).first().extracting(Hit::id).isEqualTo(NOTES.get(0).id());
        assertThat(namesAnApiTheNotesLack("lock = asyncio.Lock()")).isTrue();
        assertThat(explained.answered()).isTrue();
        assertThat(explained.hits()).first().extracting(Hit::id).isEqualTo(withs.id());
    }

    @Test
    void the_module_path_of_an_exception_and_a_module_name_are_no_api_the_notes_lack() throws IOException {
        assertThat(namesAnApiTheNotesLack("asyncio.exceptions.CancelledError in asyncio.gather()")).isFalse();
        assertThat(namesAnApiTheNotesLack("No module named asyncio.__main__")).isFalse();
        assertThat(namesAnApiTheNotesLack("myasyncio.to_thread and asyncio.create_task")).isFalse();
        assertThat(namesAnApiTheNotesLack("asyncio.Queue and asyncio.create_task")).isTrue();
    }

    private boolean namesAnApiTheNotesLack(String text) throws IOException {
        IndexSearcher reading = index.searcherManager().acquire();
        try {
            return ApiNames.namesOneTheNotesLack(text, reading.getIndexReader(), new QueryTerms(Analyzers.forNotes()));
        } finally {
            index.searcherManager().release(reading);
        }
    }

    @Test
    void a_russian_word_the_glossary_translates_weighs_as_the_english_word_the_notes_use_when_deciding_to_answer()
            throws IOException {
        Searcher translating = withCloseNote();

        SearchResult result = translating.search("как закрыть ипотеку досрочно", 3);

        assertThat(result.hits()).first().extracting(Hit::id).isEqualTo(CLOSE.id());
        assertThat(result.answered()).isFalse();
    }

    @Test
    void an_english_word_is_not_weighed_as_a_russian_spelling_of_it_that_the_notes_never_use_when_deciding_to_answer()
            throws IOException {
        List<Note> closing = new ArrayList<>(List.of(NOTES.get(0), NOTES.get(1), CLOSE));
        for (int i = 1; i <= 3; i++) {
            closing.add(new Note("8888888" + i + "-8888-4888-8888-888888888888", "How to close resource " + i + "?",
                    "Close it in a finally block.", List.of(), List.of(), "en", "notes/f.md", i));
        }
        index.replaceAll(closing);
        Searcher translating = searcherWith("close, закрыть, закрытие");

        SearchResult result = translating.search("how to close a mortgage", 3);

        assertThat(result.hits()).isNotEmpty();
        assertThat(result.answered()).isFalse();
    }

    @Test
    void a_russian_word_neither_the_notes_nor_the_glossary_know_weighs_less_than_an_unknown_latin_word()
            throws IOException {
        Searcher translating = withCloseNote();

        SearchResult russian = translating.search("закрыть loop зависло намертво сервак", 1);
        SearchResult latin = translating.search("закрыть loop zavislo namertvo servak", 1);

        assertThat(russian.hits()).first().extracting(Hit::id).isEqualTo(CLOSE.id());
        assertThat(latin.hits()).first().extracting(Hit::id).isEqualTo(CLOSE.id());
        assertThat(russian.answered()).isTrue();
        assertThat(latin.answered()).isFalse();
    }

    @Test
    void a_block_that_has_a_word_only_inside_a_longer_glossary_term_for_another_idea_does_not_cover_it()
            throws IOException {
        Note loop = new Note("77777771-7777-4777-8777-777777777777", "What does the event loop do?",
                "The event loop runs every task; there is one event loop per thread: asyncio.get_event_loop().",
                List.of(), List.of(), "en",
                "notes/e.md", 1);
        Note event = new Note("77777772-7777-4777-8777-777777777777", "How to wake up waiting tasks?",
                "Call set() on an asyncio.Event: every task waiting on it wakes up.", List.of(), List.of(), "en",
                "notes/e.md", 5);
        index.replaceAll(List.of(NOTES.get(0), loop, event));
        Searcher signalling = searcherWith("event, signal, notify", "event loop, цикл событий");

        assertThat(signalling.search("how do I signal the other tasks", 2).hits()).first().extracting(Hit::id)
                .isEqualTo(event.id());
        assertThat(signalling.search("what does the event loop do", 2).hits()).first().extracting(Hit::id)
                .isEqualTo(loop.id());
    }

    private static final Note CLOSE = new Note("88888888-8888-4888-8888-888888888888", "How to close the event loop?",
            "Call loop.close() once the loop has stopped.", List.of(), List.of(), "en", "notes/d.md", 9);

    private Searcher withCloseNote() throws IOException {
        indexAlso(CLOSE);
        return searcherWith("закрыть, закрытие -> close");
    }

    /** A searcher over the current index with a glossary of these lines. */
    private Searcher searcherWith(String... glossaryLines) {
        return new Searcher(index.searcherManager(), Analyzers.forNotes(), Glossary.parse(List.of(glossaryLines)), Optional.empty());
    }

    @Test
    void a_misspelled_word_is_corrected_against_the_words_of_the_notes() throws IOException {
        SearchResult result = searcher.search("exeptions in gahter", 1);

        assertThat(result.hits()).extracting(Hit::id).containsExactly("22222222-2222-4222-8222-222222222222");
    }

    @Test
    void a_question_on_another_topic_is_not_answered_but_still_gets_suggestions() throws IOException {
        SearchResult result = searcher.search("best pizza in naples with a coroutine", 3);

        assertThat(result.answered()).isFalse();
        assertThat(result.hits()).isNotEmpty();
        assertThat(result.hits().get(0).confidence()).isLessThan(0.5);
    }

    @Test
    void related_blocks_leave_out_the_block_itself_and_follow_the_index_state() throws IOException {
        Hit tasks = searcher.byId("11111111-1111-4111-8111-111111111111").orElseThrow();
        assertThat(searcher.related(tasks, 3)).extracting(Hit::id).doesNotContain(tasks.id());

        Note closer = new Note("55555555-5555-4555-8555-555555555555", "When is asyncio.create_task() useful?",
                "To run a coroutine concurrently with asyncio.create_task().", List.of(), List.of(), "en", "notes/s.md", 5);
        indexAlso(closer);

        assertThat(searcher.related(tasks, 1)).extracting(Hit::id).containsExactly(closer.id());
    }
}
