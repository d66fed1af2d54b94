package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void less_than_greater_than_and_ampersand_are_escaped() {
        assertThat(Html.escape("a < b && c > d")).isEqualTo("a &lt; b &amp;&amp; c &gt; d");
    }

    @Test
    void backtick_pairs_become_code_spans_with_escaped_content() {
        assertThat(Html.inline("call `asyncio.run(<coro>)` once"))
                .isEqualTo("call <code>asyncio.run(&lt;coro&gt;)</code> once");
    }

    @Test
    void a_lone_backtick_stays_literal() {
        assertThat(Html.inline("it`s `fine")).isEqualTo("it<code>s </code>fine");
        assertThat(Html.inline("one ` only")).isEqualTo("one ` only");
    }

    @Test
    void html_in_the_text_is_shown_not_interpreted() {
        String rendered = Html.inline("<b>not bold</b> & <script>");
        assertThat(rendered).isEqualTo("&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;script&gt;");
        TelegramHtml.check(rendered);
    }

    @Test
    void the_inline_cost_bounds_the_rendered_length() {
        String text = "`a` <`&`> ``` `";
        int bound = text.chars().map(c -> Html.inlineCost((char) c)).sum();
        assertThat(Html.inline(text).length()).isLessThanOrEqualTo(bound);
    }
}
