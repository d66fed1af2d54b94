package io.github.asyncioanswers.notes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Random markdown for the parser's properties: well-formed blocks mixed with every kind of noise. */
final class MarkdownSamples {

    /** A heading with a unique title and a non-empty body, placed outside any fence. */
    record Block(String question, List<String> body) {
    }

    /** A note file as bytes and the well-formed blocks it was built from. */
    record Document(byte[] bytes, List<Block> blocks) {
        @Override
        public String toString() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** One part of a document: a well-formed block's heading level and body, or noise lines. */
    private record Piece(int level, List<String> body, List<byte[]> noise) {
        boolean wellFormed() {
            return level > 0;
        }
    }

    private MarkdownSamples() {
    }

    static Arbitrary<Document> documents() {
        Arbitrary<Piece> piece = Arbitraries.frequencyOf(
                Tuple.of(3, wellFormedPieces()),
                Tuple.of(4, noiseLines().list().ofMinSize(1).ofMaxSize(4).map(lines -> new Piece(0, List.of(), lines))),
                Tuple.of(1, NoiseLines.huge().map(line -> new Piece(0, List.of(), List.of(line)))));
        return Combinators.combine(piece.list().ofMaxSize(12), Arbitraries.of("\n", "\r\n", "\r"),
                Arbitraries.of(true, false)).as(MarkdownSamples::assemble);
    }

    private static Arbitrary<Piece> wellFormedPieces() {
        return Combinators.combine(Arbitraries.integers().between(1, 6), Text.lines().list().ofMinSize(1).ofMaxSize(6))
                .as((level, body) -> new Piece(level, body, List.of()));
    }

    private static Arbitrary<byte[]> noiseLines() {
        return Arbitraries.oneOf(NoiseLines.unicode(), NoiseLines.idLines(), NoiseLines.headings(),
                NoiseLines.balancedFence(), NoiseLines.unbalancedFence(), NoiseLines.strayFences(),
                NoiseLines.invalidUtf8(), Arbitraries.just(new byte[0]));
    }

    private static Document assemble(List<Piece> pieces, String lineEnd, boolean bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes("\uFEFF".getBytes(StandardCharsets.UTF_8));
        }
        List<Block> blocks = new ArrayList<>();
        for (Piece piece : pieces) {
            List<byte[]> lines = new ArrayList<>(piece.noise());
            if (piece.wellFormed()) {
                String question = "Question " + blocks.size() + " " + String.join(" ", piece.body().get(0).split(" ", 3));
                blocks.add(new Block(question.strip(), piece.body()));
                lines.add(utf8("#".repeat(piece.level()) + " " + question));
                piece.body().forEach(line -> lines.add(utf8(line)));
            }
            lines.forEach(line -> {
                out.writeBytes(line);
                out.writeBytes(utf8(lineEnd));
            });
        }
        return new Document(out.toByteArray(), blocks);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
