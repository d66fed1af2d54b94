package io.github.asyncioanswers;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Hostile questions for the query path: Unicode of every kind, control characters, Lucene syntax. */
public final class QueryTexts {

    /** What a search box must accept (the HTTP API rejects more than this with a 400). */
    public static final int MAX_CHARS = 1000;

    private QueryTexts() {
    }

    /** Mixes of the fragments below, at most {@link #MAX_CHARS} UTF-16 chars long and never empty. */
    public static Arbitrary<String> queries() {
        Arbitrary<String> text = fragments().list().ofMinSize(1).ofMaxSize(30)
                .map(parts -> String.join(" ", parts))
                .map(q -> q.length() > MAX_CHARS ? q.substring(0, MAX_CHARS) : q);
        return Arbitraries.frequencyOf(Tuple.of(8, text), Tuple.of(1, longQueries()))
                .filter(q -> !q.isEmpty());
    }

    public static Arbitrary<String> fragments() {
        return Arbitraries.oneOf(List.of(anyUnicode(), controlCharacters(), luceneSyntax(), rightToLeft(), emoji(),
                loneSurrogates(), asyncioWords()));
    }

    /** Exactly {@link #MAX_CHARS} chars: one repeated word, or random Unicode. */
    static Arbitrary<String> longQueries() {
        Arbitrary<String> repeated = Arbitraries.of("await ", "asyncio.gather(", "\u043A\u043E\u0440\u0443\u0442\u0438\u043D\u0430 ",
                "\uD83D\uDC0D", "a AND ( ", "x").map(unit -> unit.repeat(MAX_CHARS / unit.length() + 1).substring(0, MAX_CHARS));
        return Arbitraries.oneOf(repeated, Arbitraries.strings().all().ofLength(MAX_CHARS));
    }

    static Arbitrary<String> anyUnicode() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40);
    }

    static Arbitrary<String> controlCharacters() {
        return Arbitraries.strings().withCharRange('\u0000', '\u001F').withCharRange('\u007F', '\u009F')
                .withChars('\u200B', '\u200D', '\u2028', '\u2029', '\uFEFF', '\uFFFD', '\uFFFE', '\uFFFF')
                .ofMinLength(1).ofMaxLength(10);
    }

    static Arbitrary<String> luceneSyntax() {
        return Arbitraries.of("a AND (", "title:*", "*x", "\"", "\\", "\\\\", "?", "~", "a~2", "x^10", "NOT", "OR", "AND",
                "(((", ")))", "[a TO z]", "{a TO *}", "/regex.*/", "+", "-", "&&", "||", "!", ":", "id:*", "*:*",
                "question:\"wait_for\"~3", "answer:[* TO *]", "\\u0000", "%00", "%", "<script>", "'; DROP TABLE", "${x}");
    }

    static Arbitrary<String> rightToLeft() {
        Arbitrary<String> hebrew = Arbitraries.strings().withCharRange('\u05D0', '\u05EA').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> arabic = Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(1).ofMaxLength(8);
        return Combinators.combine(Arbitraries.of("", "\u202E", "\u200F", "\u202B"), Arbitraries.oneOf(hebrew, arabic))
                .as(String::concat);
    }

    static Arbitrary<String> emoji() {
        return Arbitraries.integers().between(0x1F300, 0x1FAFF).list().ofMinSize(1).ofMaxSize(5)
                .map(points -> points.stream().map(Character::toString).reduce("", String::concat));
    }

    static Arbitrary<String> loneSurrogates() {
        return Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf)
                .flatMap(s -> Arbitraries.of(s, "a" + s, s + "b", s + s));
    }

    static Arbitrary<String> asyncioWords() {
        return Arbitraries.of("asyncio.gather", "wait_for", "TaskGroup", "CancelledError", "\u043A\u043E\u0440\u0443\u0442\u0438\u043D\u0430",
                "event loop", "await", "async def main():", "RuntimeError: asyncio.run() cannot be called");
    }
}
