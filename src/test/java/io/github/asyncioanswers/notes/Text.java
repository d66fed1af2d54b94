package io.github.asyncioanswers.notes;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Words and lines of prose in several scripts that no markdown rule reads as syntax. */
final class Text {

    private Text() {
    }

    static Arbitrary<String> words() {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                .withCharRange('\u0410', '\u044F').withCharRange('\u4E00', '\u4E2F').withCharRange('0', '9')
                .ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> special = Arbitraries.of("\uD83D\uDC0D", "\uD83D\uDC4D\uD83C\uDFFD", "\u05E2\u05D1\u05E8\u05D9\u05EA",
                "\u0645\u0631\u062D\u0628\u0627", "asyncio.create_task()", "await", "\u00E9t\u00E9", "x=1;");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, letters), net.jqwik.api.Tuple.of(1, special));
    }

    /** A non-blank line that starts with a word, so it is never a heading, fence, id or phrasing line. */
    static Arbitrary<String> lines() {
        return words().list().ofMinSize(1).ofMaxSize(8).map(words -> String.join(" ", words))
                .filter(line -> !line.startsWith("also") && !line.startsWith("question"));
    }
}
