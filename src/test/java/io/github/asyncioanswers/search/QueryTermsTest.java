package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.asyncioanswers.index.Analyzers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QueryTermsTest {

    private final QueryTerms queryTerms = new QueryTerms(Analyzers.forNotes());

    @Test
    void terms_of_the_exception_line_weigh_more_than_the_rest_of_a_traceback() {
        assertThat(queryTerms.analyze("await task\nasyncio.CancelledError"))
                .contains(QueryTerm.typed("cancellederror", QueryTerms.ERROR_LINE_WEIGHT), QueryTerm.typed("await", 1f));
    }

    @Test
    void a_known_error_loses_the_names_of_its_occurrence_and_gains_its_meaning_at_a_lower_weight() {
        ErrorMeanings errors = new ErrorMeanings(List.of(
                ErrorMeanings.Entry.of("coroutine '*' was never awaited", "calling it returns a coroutine object")));

        List<QueryTerm> terms = queryTerms.analyze("RuntimeWarning: coroutine 'fetch_data' was never awaited",
                errors.read("RuntimeWarning: coroutine 'fetch_data' was never awaited"));

        assertThat(terms).extracting(QueryTerm::text).doesNotContain("fetch_data", "fetch", "data")
                .contains("runtimewarn", "never");
        assertThat(terms).contains(QueryTerm.meaning("object", QueryTerms.MEANING_WEIGHT))
                .contains(QueryTerm.typed("coroutin", QueryTerms.ERROR_LINE_WEIGHT));
    }

    @Test
    void lucene_syntax_is_only_words() {
        // "-y" excludes nothing: it is read as a one-letter command-line flag, like "python -m".
        assertThat(queryTerms.analyze("title:* AND (\"x -y\\")).extracting(QueryTerm::text)
                .containsExactly("titl", "x", "yflag");
    }

    @Test
    void a_question_of_filler_words_has_no_terms() {
        assertThat(queryTerms.analyze("how do i ... ?")).isEmpty();
    }

    @Test
    void everyday_words_weigh_less_than_the_words_that_name_the_topic() {
        assertThat(queryTerms.analyze("what happens to the other tasks in gather"))
                .extracting(QueryTerm::text, QueryTerm::weight)
                .containsExactly(tuple("happen", QueryTerms.COMMON_WORD_WEIGHT), tuple("other", QueryTerms.COMMON_WORD_WEIGHT),
                        tuple("task", 1f), tuple("gather", 1f));
    }

    @Test
    void everyday_russian_words_the_russian_stop_list_lacks_weigh_less_than_the_words_that_name_the_topic() {
        assertThat(queryTerms.analyze("правда что у каждой таски свой стек"))
                .extracting(QueryTerm::text, QueryTerm::weight)
                .containsExactly(tuple("правд", QueryTerms.COMMON_WORD_WEIGHT), tuple("кажд", QueryTerms.COMMON_WORD_WEIGHT),
                        tuple("таск", 1f), tuple("сво", QueryTerms.COMMON_WORD_WEIGHT), tuple("стек", 1f));
    }

    @Test
    void no_everyday_russian_word_is_a_stop_word_or_shares_a_stem_with_a_one_word_member_of_the_bundled_glossary()
            throws IOException {
        Glossary bundled = Glossary.read(Path.of("config/glossary.txt"));
        Set<String> glossaryTerms = bundled.members().stream().map(queryTerms::tokens).filter(terms -> terms.size() == 1)
                .map(terms -> terms.get(0)).collect(Collectors.toSet());

        assertThat(QueryTerms.RUSSIAN_COMMON_WORDS).allSatisfy(word -> {
            assertThat(Analyzers.isStopWord(word)).as(word + " is a stop word").isFalse();
            assertThat(queryTerms.tokens(word)).as(word).doesNotContainAnyElementsOf(glossaryTerms);
        });
    }

    @Test
    void the_error_that_every_exception_name_ends_with_weighs_little_and_stands_only_for_itself() {
        assertThat(queryTerms.analyze("SyntaxError: 'await' outside function"))
                .contains(QueryTerm.typed("syntaxerror", QueryTerms.ERROR_LINE_WEIGHT),
                        QueryTerm.typed("syntax", QueryTerms.ERROR_LINE_WEIGHT),
                        QueryTerm.exceptionSuffix("error", QueryTerms.ERROR_LINE_WEIGHT * QueryTerms.COMMON_WORD_WEIGHT));
        assertThat(queryTerms.analyze("how to handle an error in gather"))
                .contains(QueryTerm.typed("error", 1f));
        assertThat(queryTerms.analyze("SyntaxError: 'await' outside function\nhow do I handle this error"))
                .contains(QueryTerm.typed("error", QueryTerms.ERROR_LINE_WEIGHT));
    }
}
