package io.github.asyncioanswers.notes;

import static io.github.asyncioanswers.notes.MarkdownSamples.utf8;

import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Lines that must not disturb the well-formed blocks around them. None of them opens a fence that
 * a later line closes: balanced fences are closed at once, unbalanced ones are longer than any closer.
 */
final class NoiseLines {

    private static final String UUID = "0b778831-da0a-459e-b906-d99da99e44b4";

    private NoiseLines() {
    }

    static Arbitrary<byte[]> unicode() {
        return Arbitraries.strings().all().excludeChars('\n', '\r', '\u0000', '`', '~').ofMaxLength(200)
                .map(MarkdownSamples::utf8);
    }

    static Arbitrary<byte[]> idLines() {
        Arbitrary<String> id = Arbitraries.of(UUID, UUID.toUpperCase(), "", "  ", "0b778831-da0a-459e-b906-d99da99e44b",
                "not-a-uuid", "\u0436\u0436\u0436", UUID + " trailing");
        Arbitrary<String> key = Arbitraries.of("question id:", "Question_ID :", "QUESTION ID:  ", "  questionid:",
                "also asked:", "Also_Asked: ");
        return Combinators.combine(key, id).as((k, v) -> utf8(k + " " + v));
    }

    static Arbitrary<byte[]> headings() {
        Arbitrary<String> heading = Combinators.combine(Arbitraries.integers().between(1, 9), Text.lines(),
                Arbitraries.of("", " ", "   ", " #", " ###", "#")).as((level, title, tail) -> "#".repeat(level) + " " + title + tail);
        return Arbitraries.oneOf(heading, Arbitraries.of("#", "# ", "#hashtag", "   ## indented", "    # four spaces",
                "####### seven", "# #", "## ##")).map(MarkdownSamples::utf8);
    }

    /** A fence opened and closed at once, with heading-, id- and other-fence-like lines inside. */
    static Arbitrary<byte[]> balancedFence() {
        Arbitrary<String> marker = Arbitraries.of("```", "~~~", "````", "~~~~~");
        Arbitrary<String> info = Arbitraries.of("", "python", " shell", "commandline", " py {.class}");
        Arbitrary<List<String>> inside = Arbitraries.oneOf(Text.lines(), Arbitraries.of("# not a heading",
                "## nor this", "question id: " + UUID, "")).list().ofMaxSize(5);
        return Combinators.combine(marker, info, inside, Arbitraries.of("", " ", "   ")).as((fence, infoString, lines, indent) -> {
            String other = fence.startsWith("`") ? "~~~" : "```";
            StringBuilder text = new StringBuilder(indent + fence + infoString + "\n");
            lines.forEach(line -> text.append(line).append('\n'));
            return utf8(text.append(other).append('\n').append(indent).append(fence).toString());
        });
    }

    /**
     * A fence that nothing closes: longer than every balanced fence, and with an info string, so
     * that it cannot close another unbalanced one either.
     */
    static Arbitrary<byte[]> unbalancedFence() {
        return Combinators.combine(Arbitraries.of('`', '~'), Arbitraries.integers().between(8, 12),
                Arbitraries.of("python", " commandline", "x")).as((c, n, info) -> utf8(String.valueOf(c).repeat(n) + info));
    }

    static Arbitrary<byte[]> strayFences() {
        return Arbitraries.of("a stray ``` in the middle", "```python```", "use ```asyncio.run()``` here",
                "text ~~~ more").map(MarkdownSamples::utf8);
    }

    static Arbitrary<byte[]> invalidUtf8() {
        Arbitrary<byte[]> bad = Arbitraries.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xFF},
                new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
        return bad.list().ofMinSize(1).ofMaxSize(4).map(parts -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(utf8("bytes "));
            parts.forEach(out::writeBytes);
            return out.toByteArray();
        });
    }

    /** 10,000 to 100,000 characters in one line, after prefixes the parser matches with patterns. */
    static Arbitrary<byte[]> huge() {
        Arbitrary<String> prefix = Arbitraries.of("", "# x", "## x ", "question id: a", "also asked: a", "~~~~~~~~~x");
        Arbitrary<String> run = Combinators.combine(Arbitraries.of(" ", "\t", "#", " #", "a", "\u044F "),
                Arbitraries.integers().between(10_000, 100_000)).as((unit, n) -> unit.repeat(n / unit.length()));
        return Combinators.combine(prefix, run, Arbitraries.of("", "z", "#")).as((p, r, end) -> utf8(p + r + end));
    }
}
