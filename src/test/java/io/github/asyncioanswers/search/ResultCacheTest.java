package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.asyncioanswers.App;
import io.github.asyncioanswers.TestConfig;
import io.github.asyncioanswers.TestHttp;
import io.github.asyncioanswers.TestNotes;
import io.github.asyncioanswers.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void a_repeated_question_is_answered_from_the_cache_with_the_same_hits_and_the_callers_own_text()
            throws IOException {
        try (App app = indexed(TestNotes.block("alpha") + TestNotes.block("beta"), 10)) {
            SearchResult first = app.searcher().search("how do I alpha", 5);
            long start = System.nanoTime();
            SearchResult again = app.searcher().search("  how do I\talpha ", 5);
            Duration call = Duration.ofNanos(System.nanoTime() - start);

            assertThat(lookups(app)).containsExactly(1.0, 1.0);
            assertThat(again.hits()).isEqualTo(first.hits()).isNotEmpty();
            assertThat(again.hits().get(0).question()).isEqualTo("How do I alpha?");
            assertThat(again.answered()).isEqualTo(first.answered());
            assertThat(again.query()).isEqualTo("  how do I\talpha ");
            assertThat(again.took()).isBetween(Duration.ZERO, call); // this call's time, not the first search's
        }
    }

    @Test
    void answers_are_forgotten_when_the_notes_change_and_the_index_is_reloaded() throws IOException {
        try (App app = indexed(TestNotes.block("alpha"), 10)) {
            assertThat(app.searcher().search("how do I alpha", 5).hits().get(0).answer())
                    .isEqualTo("Use alpha wisely with asyncio.");

            Files.writeString(dir.resolve("notes/a.md"), "### How do I alpha?\n\nUse alpha carefully now.\n");
            app.reindex();

            assertThat(app.searcher().search("how do I alpha", 5).hits().get(0).answer())
                    .isEqualTo("Use alpha carefully now.");
            assertThat(lookups(app)).containsExactly(0.0, 2.0);
        }
    }

    @Test
    void a_cache_of_size_zero_keeps_nothing_and_counts_nothing() throws IOException {
        try (App app = indexed(TestNotes.block("alpha"), 0)) {
            SearchResult first = app.searcher().search("how do I alpha", 5);
            SearchResult again = app.searcher().search("how do I alpha", 5);

            assertThat(again.hits()).isEqualTo(first.hits());
            assertThat(lookups(app)).containsExactly(0.0, 0.0);
            assertThat(entries(app)).isZero();
        }
    }

    @Test
    void the_cache_never_holds_more_than_its_size_and_drops_the_least_recently_asked_first() throws IOException {
        List<String> words = IntStream.range(0, 12).mapToObj(n -> "word" + n).toList();
        try (App app = indexed(String.join("", words.stream().map(TestNotes::block).toList()), 3)) {
            for (String word : words) {
                app.searcher().search("how do I " + word, 5);
                assertThat(entries(app)).isLessThanOrEqualTo(3);
            }
            app.searcher().search("how do I word9", 5); // a hit: word9 is now the most recent, word10 the eldest
            app.searcher().search("how do I word0", 5); // a miss that pushes word10 out

            app.searcher().search("how do I word9", 5);
            app.searcher().search("how do I word10", 5);

            assertThat(entries(app)).isEqualTo(3);
            assertThat(lookups(app)).containsExactly(2.0, 14.0);
        }
    }

    @Test
    void the_same_question_with_different_limits_is_cached_apart() throws IOException {
        try (App app = indexed(TestNotes.block("alpha") + TestNotes.block("alphas"), 10)) {
            int one = app.searcher().search("how do I alpha", 1).hits().size();
            int two = app.searcher().search("how do I alpha", 2).hits().size();
            int oneAgain = app.searcher().search("how do I alpha", 1).hits().size();

            assertThat(List.of(one, two, oneAgain)).containsExactly(1, 2, 1);
            assertThat(lookups(app)).containsExactly(1.0, 2.0);
        }
    }

    @Test
    void a_repeated_question_over_http_is_a_cache_hit_with_identical_results() throws Exception {
        Path notes = dir.resolve("notes");
        TestNotes.write(notes.resolve("a.md"), "alpha", "beta");
        try (App app = App.open(TestConfig.of(notes, dir.resolve("index"), Duration.ofMillis(100), false,
                Optional.empty())).start()) {
            TestHttp http = new TestHttp(app.httpPort());
            JsonNode first = JSON.readTree(http.search("how do I beta"));
            JsonNode again = JSON.readTree(http.search("how  do I beta"));

            assertThat(again.get("results")).isEqualTo(first.get("results"));
            assertThat(again.get("results").get(0).get("question").asText()).isEqualTo("How do I beta?");
            assertThat(again.get("query").asText()).isEqualTo("how  do I beta");
            assertThat(again.get("queryId")).isNotEqualTo(first.get("queryId"));
            assertThat(http.get("/metrics").body().lines().toList()).contains(
                    "asyncio_search_cache_lookups_total{result=\"hit\"} 1.0",
                    "asyncio_search_cache_lookups_total{result=\"miss\"} 1.0",
                    "asyncio_search_cache_entries 1.0");
        }
    }

    /** The cache may only merge texts that the search itself cannot tell apart; checked on real questions. */
    @Test
    void texts_that_differ_only_in_spaces_the_cache_ignores_get_the_same_answer_from_the_search() throws IOException {
        List<String> questions = new ArrayList<>(Files.readAllLines(Path.of("bench/queries.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList());
        questions.add("Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n"
                + "RuntimeError: no running event loop");
        for (boolean semantic : new boolean[] {false, true}) {
            Config config = Config.defaults(Path.of("notes"), dir.resolve("index-" + semantic), 0)
                    .withSemantic(semantic).withSearchCacheSize(0);
            try (App app = App.open(config)) {
                app.reindex();
                for (String question : questions) {
                    SearchResult plain = app.searcher().search(question, 5);
                    for (String variant : List.of(" \n" + question + " \t\n", question.replace(" ", "  "),
                            question.replace(" ", "\t"))) {
                        assertThat(ResultCache.normalize(variant)).isEqualTo(ResultCache.normalize(question));
                        SearchResult spaced = app.searcher().search(variant, 5);
                        assertThat(spaced.hits()).as("semantic=%s: %s", semantic, variant).isEqualTo(plain.hits());
                        assertThat(spaced.answered()).isEqualTo(plain.answered());
                    }
                }
            }
        }
    }

    private App indexed(String notes, int cacheSize) throws IOException {
        Files.createDirectories(dir.resolve("notes"));
        Files.writeString(dir.resolve("notes/a.md"), notes);
        App app = App.open(TestConfig.of(dir.resolve("notes"), dir.resolve("index"), Duration.ofMillis(100), false,
                Optional.empty()).withSearchCacheSize(cacheSize));
        app.reindex();
        return app;
    }

    /** Hits, then misses. */
    private static List<Double> lookups(App app) {
        return List.of(app.metrics().registry().counter("asyncio.search.cache.lookups", "result", "hit").count(),
                app.metrics().registry().counter("asyncio.search.cache.lookups", "result", "miss").count());
    }

    private static double entries(App app) {
        return app.metrics().registry().get("asyncio.search.cache.entries").gauge().value();
    }
}
