package io.github.asyncioanswers.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesParserTest {

    private static final Path FIXTURES = fixtures();
    private static final Path BUNDLED_NOTES = Path.of("notes");

    private final NotesParser parser = new NotesParser();

    // --- headings and fences -------------------------------------------------------------

    @Test
    void every_heading_level_from_one_to_six_starts_a_block() {
        ParsedNotes parsed = parseFixture("headings.md");

        assertThat(parsed.notes()).extracting(Note::question, Note::line).containsExactly(
                tuple("Level one", 1), tuple("Level two", 4), tuple("Level three", 7),
                tuple("Level four", 10), tuple("Level five", 13), tuple("Level six", 16));
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void seven_hashes_or_a_hash_without_space_is_answer_text_not_a_heading() {
        Note six = note(parseFixture("headings.md"), "Level six");

        assertThat(six.answer()).isEqualTo("Answer six.\n####### seven hashes are text\n#no-space is text too");
    }

    @Test
    void heading_path_lists_the_parent_headings_outermost_first() {
        Note six = note(parseFixture("headings.md"), "Level six");

        assertThat(six.headingPath()).containsExactly("Level one", "Level two", "Level three", "Level four",
                "Level five");
        assertThat(note(parseFixture("headings.md"), "Level one").headingPath()).isEmpty();
    }

    @Test
    void hash_lines_inside_fences_of_any_info_string_are_code_not_headings() {
        ParsedNotes parsed = parseFixture("fences.md");

        assertThat(parsed.notes()).extracting(Note::question)
                .containsExactly("Fences hide hash lines", "Heading after the stray markers");
        assertThat(note(parsed, "Fences hide hash lines").answer()).contains(
                "```python\n# a python comment\nx = 1\n```",
                "```shell\n# a shell comment\n```",
                "```commandline\n# pip install aiohttp\n```",
                "```\n# no info string\n```",
                "~~~\n# inside a tilde fence\n~~~");
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void a_stray_fence_marker_in_the_middle_of_a_line_opens_no_fence() {
        ParsedNotes parsed = parseFixture("fences.md");

        Note after = note(parsed, "Heading after the stray markers");
        assertThat(after.line()).isEqualTo(20);
        assertThat(after.answer()).isEqualTo("Still found.");
        assertThat(note(parsed, "Fences hide hash lines").answer()).endsWith(
                "A stray ``` in the middle of a line opens no fence.\n"
                        + "```inline code``` on one line opens none either.");
    }

    @Test
    void an_unterminated_fence_is_reported_on_its_line_and_later_blocks_are_still_found() {
        ParsedNotes parsed = parseFixture("unclosed-fence.md");

        assertThat(parsed.notes()).extracting(Note::question)
                .containsExactly("Before the broken fence", "Broken fence", "After the broken fence");
        assertThat(note(parsed, "Broken fence").answer()).isEqualTo("Some code:\n```python\nprint(\"never closed\")");
        assertThat(parsed.warnings()).extracting(ParseWarning::toString)
                .containsExactly("notes/unclosed-fence.md:6: code fence is never closed; read as plain text");
    }

    // --- question ids ---------------------------------------------------------------------

    @Test
    void id_lines_in_any_spelling_give_the_id_and_are_not_part_of_the_answer() {
        ParsedNotes parsed = parseFixture("ids.md");

        assertThat(parsed.notes()).extracting(Note::question, Note::id, Note::answer).containsExactly(
                tuple("Plain id line", "11111111-1111-4111-8111-111111111111", "Answer A."),
                tuple("Underscore id line", "22222222-2222-4222-8222-222222222222", "Answer B."),
                tuple("Spaced and capitalised id line", "33333333-3333-4333-8333-333333333333", "Answer C."),
                tuple("Upper-case uuid", "4444aaaa-4444-4444-8444-444444444444", "Answer D."),
                tuple("Text after the id line", "55555555-5555-4555-8555-555555555555",
                        "First paragraph.\n\n\nSecond paragraph stays with this block."));
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void an_empty_id_is_a_warning_with_file_and_line_and_the_block_gets_its_derived_id() {
        ParsedNotes parsed = parseFixture("bad-ids.md");

        Note empty = note(parsed, "Empty id");
        assertThat(empty.id()).isEqualTo(DerivedIds.forBlock("notes/bad-ids.md", List.of(), "Empty id", 0));
        assertThat(parsed.warnings()).extracting(ParseWarning::toString)
                .contains("notes/bad-ids.md:4: empty question id; using derived id " + empty.id());
    }

    @Test
    void text_after_an_empty_id_line_stays_with_its_block() {
        Note empty = note(parseFixture("bad-ids.md"), "Empty id");

        assertThat(empty.answer()).isEqualTo("Answer before the empty id.\n\n\nMore answer after the empty id line.");
    }

    @Test
    void a_malformed_id_is_a_warning_naming_the_value_and_the_block_gets_its_derived_id() {
        ParsedNotes parsed = parseFixture("bad-ids.md");

        Note shortGroup = note(parsed, "Malformed id");
        Note word = note(parsed, "Not a uuid at all");
        assertThat(parsed.warnings()).extracting(ParseWarning::toString).containsExactly(
                "notes/bad-ids.md:4: empty question id; using derived id " + note(parsed, "Empty id").id(),
                "notes/bad-ids.md:10: malformed question id \"6f887c03-a132-414f-8553-4328943faa4\" (expected a"
                        + " UUID like 0b778831-da0a-459e-b906-d99da99e44b4); using derived id " + shortGroup.id(),
                "notes/bad-ids.md:14: malformed question id \"hello world\" (expected a UUID like"
                        + " 0b778831-da0a-459e-b906-d99da99e44b4); using derived id " + word.id());
        assertThat(shortGroup.answer()).isEqualTo("Answer with a short last group.");
    }

    @Test
    void derived_ids_are_the_same_on_every_parse_and_ignore_answer_text_and_line() {
        String original = "# Topic\n\n## How do tasks run?\nThey run on the loop.\n";
        String edited = "# Topic\n\nA new intro paragraph.\n\n## How do tasks run?\nThey run on the loop, one at a time.\n";

        String first = onlyId(parser.parse("notes/a.md", utf8(original)));
        String again = onlyId(parser.parse("notes/a.md", utf8(original)));
        String afterEdit = idOf(parser.parse("notes/a.md", utf8(edited)), "How do tasks run?");

        assertThat(again).isEqualTo(first);
        assertThat(afterEdit).isEqualTo(first);
    }

    @Test
    void derived_ids_change_when_the_file_name_or_the_heading_path_changes() {
        String text = "# Topic\n\n## How do tasks run?\nThey run on the loop.\n";
        String moved = "# Other topic\n\n## How do tasks run?\nThey run on the loop.\n";

        String original = onlyId(parser.parse("notes/a.md", utf8(text)));
        String renamedFile = onlyId(parser.parse("notes/b.md", utf8(text)));
        String otherParent = onlyId(parser.parse("notes/a.md", utf8(moved)));

        assertThat(List.of(original, renamedFile, otherParent)).doesNotHaveDuplicates();
    }

    @Test
    void derived_ids_stay_the_same_when_the_notes_folder_is_renamed_or_moved(@TempDir Path dir) throws IOException {
        String text = "# Topic\n\n## How do tasks run?\nThey run on the loop.\nquestion id: 42\n\n## Untagged\nText.\n";
        for (Path folder : List.of(dir.resolve("notes/sub"), dir.resolve("elsewhere/faq/sub"))) {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("a.md"), text);
        }

        ParsedNotes here = parser.parseFolder(dir.resolve("notes"));
        ParsedNotes there = parser.parseFolder(dir.resolve("elsewhere/faq"));

        assertThat(here.notes()).extracting(Note::file).containsOnly("notes/sub/a.md");
        assertThat(there.notes()).extracting(Note::file).containsOnly("faq/sub/a.md");
        assertThat(there.notes()).extracting(Note::id).containsExactlyElementsOf(
                here.notes().stream().map(Note::id).toList());
    }

    @Test
    void duplicate_ids_within_a_file_are_reported_naming_both_places_and_both_stay_under_distinct_ids() {
        ParsedNotes parsed = parseFixture("duplicates-within.md");

        Note first = note(parsed, "First copy");
        Note second = note(parsed, "Second copy");
        assertThat(first.id()).isEqualTo("66666666-6666-4666-8666-666666666666");
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(parsed.warnings()).extracting(ParseWarning::toString).containsExactly(
                "notes/duplicates-within.md:5: duplicate question id 66666666-6666-4666-8666-666666666666"
                        + " (first at notes/duplicates-within.md:1); this block is indexed as " + second.id());
    }

    @Test
    void repeated_headings_without_ids_get_distinct_derived_ids() {
        ParsedNotes parsed = parseFixture("duplicates-within.md");

        List<Note> same = parsed.notes().stream().filter(n -> n.question().equals("Same heading")).toList();
        assertThat(same).extracting(Note::answer).containsExactly("First answer under a repeated heading.",
                "Second answer under a repeated heading.");
        assertThat(same.get(0).id()).isNotEqualTo(same.get(1).id());
    }

    @Test
    void duplicate_ids_across_files_are_reported_naming_both_places_and_both_stay_under_distinct_ids()
            throws IOException {
        ParsedNotes parsed = parser.parseFolder(FIXTURES.resolve("duplicates"));

        assertThat(parsed.notes()).hasSize(2);
        Note inA = note(parsed, "Question in a");
        Note inB = note(parsed, "Question in b");
        assertThat(inA.id()).isEqualTo("77777777-7777-4777-8777-777777777777");
        assertThat(inB.id()).isNotEqualTo(inA.id());
        assertThat(parsed.warnings()).extracting(ParseWarning::toString).containsExactly(
                "duplicates/b.md:1: duplicate question id 77777777-7777-4777-8777-777777777777"
                        + " (first at duplicates/a.md:1); this block is indexed as " + inB.id());
    }

    // --- structure, language, also asked -------------------------------------------------------

    @Test
    void a_title_heading_with_an_empty_body_is_not_a_block_and_not_a_warning() {
        ParsedNotes parsed = parseFixture("structure.md");

        assertThat(parsed.notes()).extracting(Note::question)
                .containsExactly("What is a task?", "Что такое цикл событий?", "Last");
        assertThat(parsed.warnings()).extracting(ParseWarning::toString).containsExactly(
                "notes/structure.md:1: text before the first heading belongs to no question and is not indexed",
                "notes/structure.md:17: heading \"Empty leaf heading\" has no answer text and is not indexed");
    }

    @Test
    void each_block_keeps_its_source_file_line_and_heading_path() {
        Note task = note(parseFixture("structure.md"), "What is a task?");

        assertThat(task.file()).isEqualTo("notes/structure.md");
        assertThat(task.line()).isEqualTo(7);
        assertThat(task.headingPath()).containsExactly("Asyncio notes", "Tasks");
    }

    @Test
    void also_asked_lines_become_alternate_phrasings_and_leave_the_answer() {
        Note task = note(parseFixture("structure.md"), "What is a task?");

        assertThat(task.alsoAsked()).containsExactly("what does create_task return",
                "how do I wrap a coroutine in a task");
        assertThat(task.answer()).isEqualTo("A task wraps a coroutine and schedules it.");
    }

    @Test
    void language_is_detected_per_block_as_english_or_russian() {
        ParsedNotes parsed = parseFixture("structure.md");

        assertThat(note(parsed, "What is a task?").language()).isEqualTo("en");
        assertThat(note(parsed, "Что такое цикл событий?").language()).isEqualTo("ru");
        assertThat(note(parsed, "Что такое цикл событий?").answer()).contains("`asyncio.run()` создаёт его");
    }

    // --- bytes that are not clean UTF-8 text ------------------------------------------------

    @Test
    void a_bom_and_crlf_line_ends_are_handled_without_warnings() {
        ParsedNotes parsed = parseFixture("encoding/bom-crlf.md");

        assertThat(parsed.notes()).extracting(Note::question, Note::id, Note::answer, Note::line).containsExactly(
                tuple("BOM and CRLF", "88888888-8888-4888-8888-888888888888", "Answer line one.", 1),
                tuple("Second CRLF heading", DerivedIds.forBlock("notes/encoding/bom-crlf.md", List.of(),
                        "Second CRLF heading", 0), "Answer two.", 5));
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void invalid_utf8_is_a_warning_on_its_line_and_every_block_is_still_found() {
        ParsedNotes parsed = parseFixture("encoding/invalid-utf8.md");

        assertThat(parsed.notes()).extracting(Note::question).containsExactly("Good before", "Bad bytes", "Good after");
        assertThat(note(parsed, "Bad bytes").answer()).isEqualTo("Caf\uFFFD au lait \uFFFD\uFFFD here.");
        assertThat(parsed.warnings()).extracting(ParseWarning::toString).containsExactly(
                "notes/encoding/invalid-utf8.md:5: invalid UTF-8, the bad bytes were replaced with \uFFFD");
    }

    @Test
    void a_binary_file_is_a_warning_and_gives_no_blocks() {
        ParsedNotes parsed = parseFixture("encoding/binary.md");

        assertThat(parsed.notes()).isEmpty();
        assertThat(parsed.warnings()).extracting(ParseWarning::toString)
                .containsExactly("notes/encoding/binary.md:1: binary file (NUL bytes), not read as notes");
    }

    @Test
    void a_ten_megabyte_file_is_parsed_whole(@TempDir Path dir) throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        Path big = notes.resolve("big.md");
        int blocks = writeBigFile(big, 10 * 1024 * 1024);

        ParsedNotes parsed = parser.parseFolder(notes);

        assertThat(parsed.notes()).hasSize(blocks);
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.notes().get(blocks - 1).question()).isEqualTo("Question " + (blocks - 1));
    }

    // --- folders ----------------------------------------------------------------------------

    @Test
    void only_md_markdown_and_txt_files_outside_hidden_folders_are_notes(@TempDir Path dir) throws IOException {
        Path notes = Files.createDirectory(dir.resolve("notes"));
        for (String name : List.of("a.md", "b.markdown", "c.txt", "d.MD", "e.html", ".hidden.md", ".git/f.md",
                "sub/g.md")) {
            Files.createDirectories(notes.resolve(name).getParent());
            Files.writeString(notes.resolve(name), "## Q " + name + "\nA.\n");
        }

        List<Path> files = parser.listNoteFiles(notes);

        assertThat(files).extracting(file -> notes.relativize(file).toString().replace('\\', '/'))
                .containsExactly("a.md", "b.markdown", "c.txt", "d.MD", "sub/g.md");
    }

    @Test
    void a_missing_notes_folder_fails_with_its_path(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> parser.parseFolder(missing)))
                .isInstanceOf(IOException.class).hasMessage("notes folder not found: " + missing);
    }

    // --- the bundled notes -----------------------------------------------------------------

    @Test
    void the_bundled_notes_give_49_blocks_and_exactly_the_known_warnings() throws IOException {
        ParsedNotes parsed = parser.parseFolder(BUNDLED_NOTES);

        assertThat(parsed.notes()).hasSize(49);
        assertThat(parsed.notes()).extracting(Note::id).doesNotHaveDuplicates();
        assertThat(parsed.warnings()).extracting(w -> w.file() + ":" + w.line()).containsExactly(
                "notes/001_7ad40efdb973a821.txt:157", "notes/001_7ad40efdb973a821.txt:484",
                "notes/001_7ad40efdb973a821.txt:539");
        assertThat(parsed.warnings()).extracting(ParseWarning::message).satisfiesExactly(
                m -> assertThat(m).startsWith("malformed question id \"6f887c03-a132-414f-8553-4328943faa4\""),
                m -> assertThat(m).startsWith("empty question id; using derived id "),
                m -> assertThat(m).startsWith("empty question id; using derived id "));
    }

    @Test
    void every_heading_of_the_bundled_notes_that_has_text_under_it_is_a_block() throws IOException {
        ParsedNotes parsed = parser.parseFolder(BUNDLED_NOTES);
        Map<String, Note> byPlace = parsed.notes().stream()
                .collect(Collectors.toMap(n -> n.file() + ":" + n.line(), Function.identity()));

        List<String> headingsWithText = headingsWithText(BUNDLED_NOTES);

        assertThat(headingsWithText).hasSize(49);
        assertThat(byPlace).containsOnlyKeys(headingsWithText);
    }

    @Test
    void the_bundled_notes_keep_russian_blocks_in_russian() throws IOException {
        ParsedNotes parsed = parser.parseFolder(BUNDLED_NOTES);

        Note run = note(parsed, "1. asyncio.run()");
        assertThat(run.language()).isEqualTo("ru");
        assertThat(run.headingPath()).containsExactly("Как запускать корутины");
        assertThat(run.file()).isEqualTo("notes/002_3c11346f23cb476f.txt");
        assertThat(run.line()).isEqualTo(10);
    }

    // --- helpers ----------------------------------------------------------------------------

    private ParsedNotes parseFixture(String name) {
        return parser.parseFile(FIXTURES, FIXTURES.resolve(name));
    }

    private static Note note(ParsedNotes parsed, String question) {
        return parsed.notes().stream().filter(n -> n.question().equals(question)).findFirst()
                .orElseThrow(() -> new AssertionError("no block \"" + question + "\" in " + parsed.notes()));
    }

    private static String idOf(ParsedNotes parsed, String question) {
        return note(parsed, question).id();
    }

    private static String onlyId(ParsedNotes parsed) {
        assertThat(parsed.notes()).hasSize(1);
        return parsed.notes().get(0).id();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int writeBigFile(Path file, int bytes) throws IOException {
        StringBuilder text = new StringBuilder(bytes + 1024);
        int blocks = 0;
        while (text.length() < bytes) {
            text.append("## Question ").append(blocks).append("\n\n")
                    .append("Answer line about asyncio.gather and tasks. ".repeat(40)).append("\n\n");
            blocks++;
        }
        Files.writeString(file, text);
        return blocks;
    }

    /**
     * A deliberately simple, independent scan: ATX headings outside ``` fences whose lines up to
     * the next heading hold something other than blanks and id lines.
     */
    private static List<String> headingsWithText(Path notesDir) throws IOException {
        List<String> places = new ArrayList<>();
        for (Path file : new NotesParser().listNoteFiles(notesDir)) {
            List<String> lines = Files.readAllLines(file);
            boolean inFence = false;
            int heading = 0;
            boolean hasText = false;
            for (int i = 0; i <= lines.size(); i++) {
                String line = i < lines.size() ? lines.get(i) : "# end";
                if (line.startsWith("```")) {
                    inFence = !inFence;
                }
                boolean isHeading = !inFence && line.matches("#{1,6} .*\\S.*");
                if (isHeading) {
                    if (heading > 0 && hasText) {
                        places.add("notes/" + file.getFileName() + ":" + heading);
                    }
                    heading = i + 1;
                    hasText = false;
                } else if (!line.isBlank() && !line.toLowerCase().startsWith("question id:")) {
                    hasText = true;
                }
            }
        }
        return places;
    }

    private static Path fixtures() {
        try {
            return Path.of(NotesParserTest.class.getResource("/notes").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
