package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AnswerBlocksTest {

    @Test
    void paragraphs_headings_and_fences_become_blocks_in_order() {
        List<Block> blocks = AnswerBlocks.parse("""
                First line
                still first.

                #### A heading

                ```python
                import asyncio

                asyncio.run(main())
                ```
                After.""");
        assertThat(blocks).containsExactly(
                Block.text("First line\nstill first."),
                Block.heading("A heading"),
                Block.code("import asyncio\n\nasyncio.run(main())", "python"),
                Block.text("After."));
    }

    @Test
    void a_fence_without_a_language_is_python_and_other_languages_are_kept() {
        assertThat(AnswerBlocks.parse("```\nx = 1\n```\n~~~commandline\npip install x\n~~~"))
                .containsExactly(Block.code("x = 1", "python"), Block.code("pip install x", "commandline"));
    }

    @Test
    void an_unclosed_fence_runs_to_the_end_as_code() {
        assertThat(AnswerBlocks.parse("Text\n```python\nawait x\n\nmore"))
                .containsExactly(Block.text("Text"), Block.code("await x\n\nmore", "python"));
    }

    @Test
    void code_renders_as_pre_code_with_its_language_and_escaped_content() {
        assertThat(Block.code("if a < b and c & d:", "python").render())
                .isEqualTo("<pre><code class=\"language-python\">if a &lt; b and c &amp; d:</code></pre>");
    }

    @Test
    void an_empty_answer_has_no_blocks() {
        assertThat(AnswerBlocks.parse("\n  \n")).isEmpty();
    }

    @Test
    @Timeout(10)
    void headings_follow_the_notes_rules_even_on_a_line_of_thirty_thousand_spaces() {
        assertThat(AnswerBlocks.parse("#" + " ".repeat(30_000) + "Title #")).containsExactly(Block.heading("Title"));
        assertThat(AnswerBlocks.parse("# C#")).containsExactly(Block.heading("C#"));
    }
}
