package io.github.asyncioanswers.telegram;

import java.util.Objects;

/**
 * One piece of an answer that is rendered and split as a unit.
 *
 * @param language the code block's language, used only for {@link Kind#CODE}
 */
record Block(Kind kind, String text, String language) {

    enum Kind { TEXT, HEADING, CODE }

    Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
    }

    static Block text(String text) {
        return new Block(Kind.TEXT, text, "");
    }

    static Block heading(String text) {
        return new Block(Kind.HEADING, text, "");
    }

    static Block code(String text, String language) {
        return new Block(Kind.CODE, text, language);
    }

    /** The block as Telegram HTML. */
    String render() {
        return switch (kind) {
            case TEXT -> Html.inline(text);
            case HEADING -> "<b>" + Html.inline(text) + "</b>";
            case CODE -> codeOpen() + Html.escape(text) + "</code></pre>";
        };
    }

    /** A block of the same kind with other text, for the parts of a split block. */
    Block withText(String newText) {
        return new Block(kind, newText, language);
    }

    /** The length the markup around the text adds. */
    int markupLength() {
        return switch (kind) {
            case TEXT -> 0;
            case HEADING -> "<b></b>".length();
            case CODE -> codeOpen().length() + "</code></pre>".length();
        };
    }

    /** An upper bound of the rendered length of one character of this block's text. */
    int cost(char c) {
        return kind == Kind.CODE ? Html.escapedCost(c) : Html.inlineCost(c);
    }

    private String codeOpen() {
        return "<pre><code class=\"language-" + language + "\">";
    }
}
