package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.QueryTexts;
import io.github.asyncioanswers.RunningApp;
import java.io.IOException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Hostile questions against the real index, with semantic retrieval on so the embedder sees them too. */
class SearcherFuzzTest {

    private static RunningApp running;

    @BeforeContainer
    static void start() throws IOException {
        running = RunningApp.start(true);
    }

    @AfterContainer
    static void stop() {
        running.close();
    }

    @Property(tries = 60)
    void any_question_gets_at_most_limit_hits_with_finite_scores(@ForAll("queries") String query,
                                                                 @ForAll @IntRange(min = 1, max = 20) int limit) throws IOException {
        SearchResult result = running.app().searcher().search(query, limit);

        assertThat(result.query()).isEqualTo(query);
        assertThat(result.hits()).hasSizeLessThanOrEqualTo(limit).allSatisfy(hit -> {
            assertThat(hit.score()).isFinite();
            assertThat(hit.confidence()).isBetween(0.0, 1.0);
        });
    }

    @Property(tries = 50)
    void syntax_characters_alone_never_break_the_search(@ForAll("syntaxOnly") String query) throws IOException {
        SearchResult result = running.app().searcher().search(query, 5);

        assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.score()).isFinite());
    }

    @Property(tries = 60)
    void pieces_of_known_error_messages_in_any_order_never_break_the_search(@ForAll("errorPieces") String query)
            throws IOException {
        SearchResult result = running.app().searcher().search(query, 5);

        assertThat(result.hits()).allSatisfy(hit -> {
            assertThat(hit.score()).isFinite();
            assertThat(hit.confidence()).isBetween(0.0, 1.0);
        });
    }

    /** Parts of the bundled glossary's error patterns, quotes and noise, joined at random. */
    @Provide
    Arbitrary<String> errorPieces() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("coroutine '", "' was never awaited", "can't be used in 'await' expression", "'await' outside function",
                        "Task was destroyed but it is pending!", "'*' object does not support the asynchronous context manager protocol",
                        "=>", "*", "'", "\u2019", "\"", "`", "error:", "TypeError: ", "\n", "   "),
                Arbitraries.strings().ofMaxLength(40));
        return piece.list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> queries() {
        return QueryTexts.queries();
    }

    @Provide
    Arbitrary<String> syntaxOnly() {
        return Arbitraries.strings().withChars("+-&|!(){}[]^\"~*?:\\/ \t%$'<>;").ofMinLength(1).ofMaxLength(QueryTexts.MAX_CHARS);
    }
}
