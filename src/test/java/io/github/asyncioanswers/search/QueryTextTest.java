package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void a_pasted_traceback_keeps_its_code_and_exception_and_loses_its_file_lines() {
        QueryText text = QueryText.of("""
                Traceback (most recent call last):
                  File "/app/main.py", line 12, in <module>
                    asyncio.run(main())
                    ^^^^^^^^^^^^^^^^^^^
                RuntimeError: asyncio.run() cannot be called from a running event loop
                """);

        assertThat(text.context()).isEqualTo("    asyncio.run(main())");
        assertThat(text.errorLine()).isEqualTo("RuntimeError: asyncio.run() cannot be called from a running event loop");
    }

    @Test
    void a_question_without_an_exception_has_no_error_line() {
        assertThat(QueryText.of("how to cancel a task").errorLine()).isEmpty();
    }

    @Test
    void the_last_exception_line_is_the_one_picked() {
        assertThat(QueryText.of("KeyError: 'x'\nDuring handling...\nasyncio.exceptions.CancelledError").errorLine())
                .isEqualTo("asyncio.exceptions.CancelledError");
    }

    @Test
    void a_traceback_pasted_on_one_line_keeps_its_exception_and_the_asyncio_call_that_raised() {
        QueryText text = QueryText.of("Traceback (most recent call last): File \"/app/bot.py\", line 9, in handle "
                + "File \"/usr/lib/python3.10/asyncio/tasks.py\", line 458, in wait_for "
                + "raise exceptions.TimeoutError() from exc asyncio.exceptions.TimeoutError");

        assertThat(text.errorLine()).isEqualTo("asyncio.exceptions.TimeoutError");
        assertThat(text.context()).contains("wait_for").doesNotContain("handle", "bot.py", "tasks.py", "458", "Traceback");
    }

    @Test
    void a_warning_loses_the_file_and_line_it_was_printed_with() {
        QueryText text = QueryText.of("/home/user/bot.py:14: RuntimeWarning: coroutine 'fetch' was never awaited");

        assertThat(text.errorLine()).isEqualTo("RuntimeWarning: coroutine 'fetch' was never awaited");
        assertThat(text.context()).isEmpty();
    }

    @Test
    void memory_addresses_and_source_positions_of_printed_objects_are_dropped() {
        QueryText text = QueryText.of("<coroutine object fetch at 0x7f3a2c1b0e40> coro=<worker() running at bot.py:12>");

        assertThat(text.context()).doesNotContain("0x7f3a2c1b0e40", "bot.py", "12").contains("coroutine object fetch", "worker()");
    }

    @Test
    void an_exception_named_inside_a_question_is_no_error_line() {
        assertThat(QueryText.of("how do I catch asyncio.TimeoutError").errorLine()).isEmpty();
    }

    @Test
    void an_exception_named_in_the_message_of_an_error_line_does_not_replace_it() {
        assertThat(QueryText.of("TypeError: exceptions must derive from BaseException").errorLine())
                .isEqualTo("TypeError: exceptions must derive from BaseException");
        assertThat(QueryText.of("Traceback (most recent call last):\n  File \"a.py\", line 3, in <module>\n"
                + "RuntimeError: Task got bad yield: ValueError").errorLine())
                .isEqualTo("RuntimeError: Task got bad yield: ValueError");
    }

    @Test
    void the_sentences_that_chain_two_tracebacks_are_noise() {
        QueryText text = QueryText.of("KeyError: 'x'\n\nDuring handling of the above exception, another exception occurred:\n\n"
                + "asyncio.exceptions.CancelledError");

        assertThat(text.context()).isEqualTo("KeyError: 'x'");
    }

    @Test
    void a_traceback_pasted_with_its_spaces_doubled_or_turned_into_tabs_is_read_the_same() {
        String traceback = "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n    ^^^^  \n"
                + "RuntimeError: no running event loop";

        for (String variant : List.of(traceback.replace(" ", "  "), traceback.replace(" ", "\t"))) {
            QueryText text = QueryText.of(variant);
            assertThat(text.context()).as(variant).isEmpty();
            assertThat(text.errorLine()).as(variant).startsWith("RuntimeError:");
        }
    }
}
