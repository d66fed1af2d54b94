package io.github.asyncioanswers.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NotesParserFuzzTest {

    private final NotesParser parser = new NotesParser();

    @Property(tries = 300)
    void every_well_formed_block_comes_back_as_a_note_whatever_surrounds_it(
            @ForAll("documents") MarkdownSamples.Document document) {
        ParsedNotes parsed = parser.parse("notes/fuzz.md", document.bytes());

        Map<String, Note> byQuestion = parsed.notes().stream()
                .collect(Collectors.toMap(Note::question, Function.identity(), (first, second) -> first));
        for (MarkdownSamples.Block block : document.blocks()) {
            assertThat(byQuestion).containsKey(block.question());
            assertThat(byQuestion.get(block.question()).answer()).contains(String.join("\n", block.body()));
        }
    }

    @Property(tries = 300)
    void random_bytes_never_make_the_parser_throw(@ForAll("bytes") byte[] bytes) {
        ParsedNotes parsed = parser.parse("notes/random.bin", bytes);

        assertThat(parsed.notes()).allSatisfy(note -> assertThat(note.question()).isNotBlank());
    }

    @Property(tries = 300)
    void dense_markdown_syntax_never_makes_the_parser_throw(@ForAll("markdownSoup") String text) {
        ParsedNotes parsed = parser.parse("notes/soup.md", text.getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.notes()).allSatisfy(note -> {
            assertThat(note.question()).isNotBlank();
            assertThat(note.answer()).isNotBlank();
        });
    }

    @Provide
    Arbitrary<MarkdownSamples.Document> documents() {
        return MarkdownSamples.documents();
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(4000);
    }

    /** Text made mostly of the characters markdown and the id lines give meaning to. */
    @Provide
    Arbitrary<String> markdownSoup() {
        return Arbitraries.strings().withChars("#`~ \t\n\r:-_").withChars("questionidalsk").withCharRange('\u0430', '\u0433')
                .withChars('\uD83D', '\uDC0D', '\uFEFF', '\u2028').ofMaxLength(3000);
    }
}
