package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.notes.Note;
import io.github.asyncioanswers.notes.NotesParser;
import io.github.asyncioanswers.search.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepliesTest {

    private final Replies replies = new Replies();

    @Test
    void an_answer_has_a_bold_title_code_as_python_the_source_and_the_id() {
        Hit hit = hit("id-1", "What is `asyncio.run()`?", "It runs <main>:\n\n```python\nasyncio.run(main())\n```");

        Reply reply = replies.answer(hit, List.of(), Lang.EN);

        assertThat(reply.messages()).containsExactly("""
                <b>What is <code>asyncio.run()</code>?</b>

                It runs &lt;main&gt;:

                <pre><code class="language-python">asyncio.run(main())</code></pre>

                Source: notes/a.md · id <code>id-1</code>""");
        assertThat(reply.buttons()).isEmpty();
    }

    @Test
    void related_questions_become_up_to_three_buttons_without_the_answer_itself() {
        Hit hit = hit("id-1", "Q1", "A1");
        List<Hit> related = List.of(hit, hit("id-2", "Q2", "A"), hit("id-3", "Q3", "A"), hit("id-4", "Q4", "A"),
                hit("id-5", "Q5", "A"));

        Reply reply = replies.answer(hit, related, Lang.EN);

        assertThat(reply.buttons()).containsExactly(new Button("Q2", "q:id-2"), new Button("Q3", "q:id-3"),
                new Button("Q4", "q:id-4"));
        assertThat(reply.messages().get(0)).endsWith("Related questions:");
    }

    @Test
    void a_russian_answer_names_the_source_in_russian() {
        Reply reply = replies.answer(hit("id-1", "Вопрос", "Ответ"), List.of(hit("id-2", "Другой", "A")), Lang.RU);
        assertThat(reply.messages().get(0)).contains("Источник: notes/a.md").endsWith("Похожие вопросы:");
    }

    @Test
    void not_found_is_honest_and_offers_the_closest_questions() {
        Reply reply = replies.notFound(List.of(hit("id-2", "Q2", "A"), hit("id-3", "Q3", "A")), Lang.EN);
        assertThat(reply.messages()).containsExactly(
                "I don't have a note on that.\nThese are the closest questions I have:");
        assertThat(reply.buttons()).extracting(Button::data).containsExactly("q:id-2", "q:id-3");
    }

    @Test
    void not_found_in_russian_without_suggestions_points_to_help() {
        Reply reply = replies.notFound(List.of(), Lang.RU);
        assertThat(reply.messages()).containsExactly(
                "У меня нет заметки об этом.\nПопробуйте другими словами или посмотрите примеры в /help.");
        assertThat(reply.buttons()).isEmpty();
    }

    @Test
    void long_questions_are_shortened_on_buttons() {
        String label = Replies.label(hit("id", "How ".repeat(40), "A"));
        assertThat(label).hasSizeLessThanOrEqualTo(60).endsWith("…");
    }

    @Test
    void phrases_escape_their_arguments() {
        assertThat(replies.say(Phrase.UNKNOWN_ID, Lang.EN, "<x&y>").messages())
                .containsExactly("I have no question with id <code>&lt;x&amp;y&gt;</code>.");
    }

    @Test
    void help_names_the_number_of_notes_and_the_inline_handle_in_valid_html() {
        String help = replies.help(Lang.EN, 42, "AsyncioBot").messages().get(0);
        assertThat(help).contains("from 42 notes").contains("type @AsyncioBot and a question").contains("/random");
        TelegramHtml.check(help);
        TelegramHtml.check(replies.help(Lang.RU, 42, "AsyncioBot").messages().get(0));
    }

    @Test
    void every_phrase_is_valid_telegram_html_in_both_languages() {
        for (Phrase phrase : Phrase.values()) {
            for (Lang lang : Lang.values()) {
                TelegramHtml.check(phrase.in(lang, "1", "2", "3", "4", "5", "6"));
            }
        }
    }

    @Test
    void every_note_in_the_notes_folder_renders_to_valid_html_within_the_limit() throws IOException {
        List<Note> notes = new NotesParser().parseFolder(Path.of("notes")).notes();
        assertThat(notes).isNotEmpty();
        for (Note note : notes) {
            Hit hit = new Hit(note.id(), note.question(), note.answer(), note.headingPath(), note.language(),
                    note.file(), note.line(), 1, 1);
            for (String message : replies.answer(hit, List.of(), Lang.of(note.question())).messages()) {
                assertThat(message.length()).as(note.file() + ":" + note.line()).isLessThanOrEqualTo(4096);
                TelegramHtml.check(message);
            }
        }
    }

    @Test
    void a_small_limit_splits_a_real_note_into_several_valid_messages() throws IOException {
        Note longest = new NotesParser().parseFolder(Path.of("notes")).notes().stream()
                .max((a, b) -> Integer.compare(a.answer().length(), b.answer().length())).orElseThrow();
        Hit hit = new Hit(longest.id(), longest.question(), longest.answer(), List.of(), "en", longest.file(), 1, 1, 1);

        List<String> messages = new Replies(300).answer(hit, List.of(), Lang.EN).messages();

        assertThat(messages).hasSizeGreaterThan(1);
        messages.forEach(message -> {
            assertThat(message.length()).isLessThanOrEqualTo(300);
            TelegramHtml.check(message);
        });
    }

    static Hit hit(String id, String question, String answer) {
        return new Hit(id, question, answer, List.of(), "en", "notes/a.md", 1, 1, 0.9);
    }
}
