package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    private static final int LIMIT = MessageSplitter.TELEGRAM_LIMIT;

    @Test
    void blocks_that_fit_stay_in_one_message_separated_by_blank_lines() {
        List<String> messages = MessageSplitter.split(List.of(Block.heading("Q"), Block.text("A")), LIMIT);
        assertThat(messages).containsExactly("<b>Q</b>\n\nA");
    }

    @Test
    void a_long_answer_is_split_between_blocks_never_inside_one() {
        String paragraph = "word ".repeat(300).strip();
        Block code = Block.code("print('x')\n".repeat(100).strip(), "python");
        List<Block> blocks = List.of(Block.text(paragraph), code, Block.text(paragraph), code, Block.text(paragraph));

        List<String> messages = MessageSplitter.split(blocks, LIMIT);

        assertThat(messages).hasSizeGreaterThan(1);
        messages.forEach(message -> {
            assertThat(message.length()).isLessThanOrEqualTo(LIMIT);
            TelegramHtml.check(message);
        });
        assertThat(String.join("\n\n", messages))
                .isEqualTo(blocks.stream().map(Block::render).collect(Collectors.joining("\n\n")));
    }

    @Test
    void a_code_block_longer_than_the_limit_becomes_several_code_blocks_cut_between_lines() {
        String code = IntStream.range(0, 600).mapToObj(i -> "await asyncio.sleep(" + i + ")  # a < b & c")
                .collect(Collectors.joining("\n"));

        List<String> messages = MessageSplitter.split(List.of(Block.code(code, "python")), LIMIT);

        assertThat(messages).hasSizeGreaterThan(5);
        StringBuilder joined = new StringBuilder();
        for (String message : messages) {
            assertThat(message.length()).isLessThanOrEqualTo(LIMIT);
            assertThat(message).startsWith("<pre><code class=\"language-python\">").endsWith("</code></pre>");
            TelegramHtml.check(message);
            String inner = message.substring(message.indexOf('>', 6) + 1, message.length() - "</code></pre>".length());
            joined.append(joined.isEmpty() ? "" : "\n").append(inner);
        }
        assertThat(joined.toString()).isEqualTo(Html.escape(code));
    }

    @Test
    void a_single_line_longer_than_the_limit_is_cut_into_pieces_that_each_fit() {
        String line = "x&".repeat(3000);
        List<Block> parts = MessageSplitter.fit(Block.code(line, "python"), LIMIT);

        assertThat(parts).hasSizeGreaterThan(1);
        parts.forEach(part -> assertThat(part.render().length()).isLessThanOrEqualTo(LIMIT));
        assertThat(parts.stream().map(Block::text).collect(Collectors.joining())).isEqualTo(line);
    }

    @Test
    void a_long_paragraph_is_cut_between_words_and_inline_code_stays_balanced() {
        String text = "Use `asyncio.gather(*tasks)` when <all> must finish & fail fast. ".repeat(120);
        List<String> messages = MessageSplitter.split(List.of(Block.text(text)), LIMIT);

        assertThat(messages).hasSizeGreaterThan(1);
        messages.forEach(message -> {
            assertThat(message.length()).isLessThanOrEqualTo(LIMIT);
            assertThat(message).doesNotStartWith(" ").doesNotEndWith(" ");
            TelegramHtml.check(message);
        });
    }

    @Test
    void surrogate_pairs_are_never_cut_in_half() {
        String emoji = "\uD83D\uDC0D".repeat(3000);
        List<Block> parts = MessageSplitter.fit(Block.text(emoji), 1001);

        parts.forEach(part -> {
            assertThat(Character.isLowSurrogate(part.text().charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(part.text().charAt(part.text().length() - 1))).isFalse();
        });
        assertThat(parts.stream().map(Block::text).collect(Collectors.joining())).isEqualTo(emoji);
    }

    @Test
    void nothing_at_all_gives_no_messages() {
        assertThat(MessageSplitter.split(List.of(), LIMIT)).isEmpty();
    }
}
