package io.github.asyncioanswers.search;

import static org.assertj.core.api.Assertions.assertThat;

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

        assertThat(text.body()).isEqualTo("    asyncio.run(main())\n"
                + "RuntimeError: asyncio.run() cannot be called from a running event loop");
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
}
