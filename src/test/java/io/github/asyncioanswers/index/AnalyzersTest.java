package io.github.asyncioanswers.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

    private final Analyzer notes = Analyzers.forNotes();

    @Test
    void a_dotted_snake_case_name_is_kept_whole_and_split_into_its_parts() {
        assertThat(terms(Fields.ANSWER, "asyncio.create_task()"))
                .containsExactly("asyncio.create_task", "asyncio", "create_task", "creat", "task");
    }

    @Test
    void an_exception_class_name_is_kept_whole_and_split_at_case_changes() {
        assertThat(terms(Fields.ANSWER, "asyncio.exceptions.CancelledError"))
                .contains("asyncio.exceptions.cancellederror", "cancellederror", "cancel", "error", "except");
    }

    @Test
    void a_plural_acronym_is_one_word_while_an_acronym_before_a_word_is_split() {
        assertThat(terms(Fields.ANSWER, "URLs")).containsExactly("url");
        assertThat(terms(Fields.ANSWER, "HTTPServer")).contains("httpserver", "http", "server");
    }

    @Test
    void dunder_names_keep_their_word() {
        assertThat(terms(Fields.ANSWER, "__aenter__")).containsExactly("aenter");
    }

    @Test
    void a_one_letter_command_line_flag_is_a_term_of_its_own() {
        assertThat(terms(Fields.ANSWER, "$ python -m asyncio")).containsExactly("python", "mflag", "asyncio");
        assertThat(terms(Fields.QUESTION, "python -X dev")).containsExactly("python", "xflag", "dev");
        assertThat(terms(Fields.ANSWER, "non-blocking, x -1, a - b, --debug"))
                .containsExactly("non", "block", "x", "1", "b", "debug");
    }

    @Test
    void python_keywords_survive_while_chat_filler_is_dropped() {
        assertThat(terms(Fields.QUESTION, "what is the difference between for and async for"))
                .containsExactly("differ", "between", "for", "async", "for");
        assertThat(terms(Fields.QUESTION, "how do i use async with")).containsExactly("use", "async", "with");
    }

    @Test
    void asking_to_have_it_explained_simply_is_filler_in_both_languages() {
        assertThat(terms(Fields.QUESTION, "объясни простыми словами что такое корутина")).containsExactly("корутин");
        assertThat(terms(Fields.QUESTION, "please explain coroutines")).containsExactly("coroutin");
        assertThat(terms(Fields.QUESTION, "простой await корутин")).contains("прост");
    }

    @Test
    void english_and_russian_words_get_the_stemmer_of_their_own_script() {
        assertThat(terms(Fields.ANSWER, "running корутины")).containsExactly("run", "корутин");
        assertThat(terms(Fields.ANSWER, "ёлка")).containsExactly("елк");
    }

    @Test
    void the_spelling_field_keeps_words_unstemmed() {
        assertThat(terms(Fields.WORDS, "Running Coroutines")).containsExactly("running", "coroutines");
    }

    @Test
    void an_immense_token_becomes_short_terms_instead_of_failing_the_index() {
        assertThat(terms(Fields.ANSWER, "x".repeat(100_000) + " loop"))
                .allMatch(term -> term.length() <= 64).contains("loop");
    }

    private List<String> terms(String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = notes.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return terms;
    }
}
