package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.asyncioanswers.index.Analyzers;
import io.github.asyncioanswers.index.NoteIndex;
import io.github.asyncioanswers.index.Reindexer;
import io.github.asyncioanswers.notes.NotesParser;
import io.github.asyncioanswers.search.Glossary;
import io.github.asyncioanswers.search.Searcher;
import io.github.asyncioanswers.telegram.TelegramEmulator.Chat;
import java.util.Optional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the real bot, index and search against the telegram-test-api emulator. */
class TelegramBotTest {

    static final String GATHER = "11111111-1111-4111-8111-111111111111";
    static final String TIMEOUT = "22222222-2222-4222-8222-222222222222";
    static final String RUSSIAN = "44444444-4444-4444-8444-444444444444";
    static final String LONG = "55555555-5555-4555-8555-555555555555";
    static final Tuning FAST = Tuning.DEFAULT.withPollTimeout(Duration.ofSeconds(1))
            .withRetries(Duration.ofMillis(20), 3);

    @TempDir
    static Path dir;
    static NoteIndex index;
    static Searcher searcher;
    static TelegramEmulator emulator;

    final String token = TelegramEmulator.newToken();
    final Chat ann = Chat.privateWith(501, "en");
    TelegramBot bot;

    @BeforeAll
    static void indexNotesAndStartEmulator() throws IOException {
        emulator = TelegramEmulator.start();
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("asyncio.md"), notes());
        Analyzer analyzer = Analyzers.forNotes();
        index = NoteIndex.open(dir.resolve("index"), analyzer, Optional.empty());
        new Reindexer(notes, new NotesParser(), index).reindex();
        searcher = new Searcher(index.searcherManager(), analyzer, Glossary.empty(), Optional.empty());
    }

    @AfterAll
    static void stop() throws Exception {
        if (emulator != null) {
            emulator.close();
        }
        if (index != null) {
            index.close();
        }
    }

    void startBot() throws Exception {
        bot = new TelegramBot(BotOptions.polling(token, emulator.apiUrl()), searcher, FAST);
        bot.start();
    }

    @AfterEach
    void stopBot() throws Exception {
        if (bot != null) {
            bot.close();
        }
    }

    @Test
    void a_question_in_a_private_chat_gets_the_formatted_answer_with_related_buttons() throws Exception {
        startBot();
        emulator.userSays(token, ann, "How do I run several coroutines concurrently?");

        JsonNode answer = awaitMessages(ann, 1).get(0);
        assertThat(answer.path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
        assertThat(answer.path("text").asText())
                .startsWith("<b>How do I run several coroutines concurrently?</b>")
                .contains("<code>asyncio.gather</code>", "&amp; collect",
                        "<pre><code class=\"language-python\">results = await asyncio.gather(fetch(a), fetch(b))",
                        "Source: notes/asyncio.md · id <code>" + GATHER + "</code>");
        List<String> related = TelegramEmulator.buttonsOf(answer).findValuesAsText("callback_data").stream()
                .filter(data -> !data.startsWith("v:")).toList();
        assertThat(related).hasSizeBetween(1, 3)
                .allSatisfy(data -> assertThat(data).startsWith("q:").isNotEqualTo("q:" + GATHER));
    }

    @Test
    void pressing_a_button_shows_that_answer_and_answers_the_callback() throws Exception {
        startBot();
        emulator.userPresses(token, ann, "q:" + TIMEOUT);

        assertThat(awaitMessages(ann, 1).get(0).path("text").asText())
                .startsWith("<b>How do I set a timeout on an await?</b>");
        await().untilAsserted(() -> assertThat(emulator.calls(token, "answerCallbackQuery")).hasSize(1));
    }

    @Test
    void a_question_without_a_note_gets_an_honest_answer_in_the_users_language() throws Exception {
        startBot();
        emulator.userSays(token, ann, "What is the airspeed velocity of an unladen swallow?");
        emulator.userSays(token, ann, "Какая завтра погода в Париже?");

        List<JsonNode> replies = awaitMessages(ann, 2);
        assertThat(replies.get(0).path("text").asText()).startsWith("I don't have a note on that.");
        assertThat(replies.get(1).path("text").asText()).startsWith("У меня нет заметки об этом.");
    }

    @Test
    void a_russian_question_gets_the_russian_note_with_russian_labels() throws Exception {
        startBot();
        emulator.userSays(token, Chat.privateWith(502, "ru"), "Как запустить корутину?");

        assertThat(awaitMessages(Chat.privateWith(502, "ru"), 1).get(0).path("text").asText())
                .startsWith("<b>Как запустить корутину?</b>").contains("Источник: notes/asyncio.md");
    }

    @Test
    void a_long_answer_arrives_as_several_messages_within_the_limit_with_buttons_on_the_last() throws Exception {
        startBot();
        emulator.userSays(token, ann, "/q " + LONG);

        await().untilAsserted(() -> assertThat(emulator.botMessages(token, ann)).hasSizeGreaterThanOrEqualTo(2)
                .last().satisfies(last -> assertThat(last.path("text").asText()).contains(LONG)));
        List<JsonNode> parts = emulator.botMessages(token, ann);
        for (JsonNode part : parts) {
            assertThat(part.path("text").asText().length()).isLessThanOrEqualTo(4096);
            TelegramHtml.check(part.path("text").asText());
        }
        assertThat(parts.get(1).path("text").asText()).startsWith("<pre><code class=\"language-python\">");
        assertThat(TelegramEmulator.buttonsOf(parts.get(0))).isEmpty();
    }

    @Test
    void commands_open_answers_by_id_and_explain_themselves() throws Exception {
        startBot();
        emulator.userSays(token, ann, "/start " + TIMEOUT);
        emulator.userSays(token, ann, "/q no-such-id");
        emulator.userSays(token, ann, "/help");
        emulator.userSays(token, ann, "/frobnicate");

        List<String> texts = texts(awaitMessages(ann, 4));
        assertThat(texts.get(0)).startsWith("<b>How do I set a timeout on an await?</b>");
        assertThat(texts.get(1)).isEqualTo("I have no question with id <code>no-such-id</code>.");
        assertThat(texts.get(2)).contains("from 5 notes", "@TestNameBot");
        assertThat(texts.get(3)).isEqualTo("I don't know that command. See /help.");
    }

    @Test
    void random_shows_one_of_the_notes() throws Exception {
        startBot();
        emulator.userSays(token, ann, "/random");

        assertThat(awaitMessages(ann, 1).get(0).path("text").asText()).matches("(?s)<b>(How|Show|Как) .*");
    }

    @Test
    void empty_huge_and_non_text_messages_get_a_clear_reply() throws Exception {
        startBot();
        emulator.userSays(token, ann, "   ");
        emulator.userSays(token, ann, "x".repeat(5000));
        var sticker = emulator.message(ann, "");
        sticker.remove("text");
        sticker.putObject("sticker").put("file_id", "s1").put("file_unique_id", "s1").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        emulator.userSends(token, ann, sticker);

        List<String> texts = texts(awaitMessages(ann, 3));
        assertThat(texts.get(0)).startsWith("Send me a question about Python asyncio");
        assertThat(texts.get(1)).isEqualTo("That message is 5000 characters long. Please ask in at most 1000 characters.");
        assertThat(texts.get(2)).isEqualTo("I can only read text. Send me your asyncio question as a message.");
    }

    @Test
    void in_a_group_only_commands_mentions_and_replies_to_the_bot_are_answered() throws Exception {
        startBot();
        Chat group = Chat.group(-100123, 601);
        emulator.userSays(token, group, "How do I cancel a running task?");
        emulator.userSays(token, group, "/help@SomeOtherBot");
        String mention = "@TestNameBot How do I cancel a running task?";
        emulator.userSays(token, group, mention);
        emulator.userSays(token, group, "/q@TestNameBot " + TIMEOUT);

        List<JsonNode> answers = awaitMessages(group, 2);
        List<String> texts = texts(answers);
        assertThat(texts.get(0)).startsWith("<b>How do I cancel a running task?</b>");
        assertThat(texts.get(1)).startsWith("<b>How do I set a timeout on an await?</b>");
        assertThat(answers.get(0).path("reply_parameters").path("message_id").asLong())
                .as("the answer quotes the question it answers").isEqualTo(emulator.userMessageId(token, mention));
    }

    @Test
    void in_a_private_chat_answers_do_not_quote_the_question() throws Exception {
        startBot();
        emulator.userSays(token, ann, "How do I cancel a running task?");

        assertThat(awaitMessages(ann, 1).get(0).has("reply_parameters")).isFalse();
    }

    @Test
    void inline_queries_get_up_to_ten_html_articles() throws Exception {
        startBot();
        emulator.userTypesInline(token, ann, "asyncio task");

        await().untilAsserted(() -> assertThat(emulator.calls(token, "answerInlineQuery")).hasSize(1));
        JsonNode results = emulator.calls(token, "answerInlineQuery").get(0).path("results");
        assertThat(results.size()).isBetween(1, 10);
        assertThat(results.get(0).path("type").asText()).isEqualTo("article");
        assertThat(results.get(0).path("input_message_content").path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
    }

    @Test
    void the_command_menu_is_set_in_english_and_russian_on_start() throws Exception {
        startBot();
        List<JsonNode> menus = emulator.calls(token, "setMyCommands");
        assertThat(menus).hasSize(2);
        assertThat(menus.get(1).path("language_code").asText()).isEqualTo("ru");
        assertThat(menus.get(0).path("commands").findValuesAsText("command")).contains("help", "q", "random", "start");
    }

    private List<JsonNode> awaitMessages(Chat chat, int count) throws IOException {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(emulator.botMessages(token, chat)).hasSizeGreaterThanOrEqualTo(count));
        return emulator.botMessages(token, chat).subList(0, count);
    }

    private static List<String> texts(List<JsonNode> messages) {
        return messages.stream().map(message -> message.path("text").asText()).toList();
    }

    static String notes() {
        String longCode = IntStream.range(0, 250).mapToObj(i -> "    await asyncio.sleep(" + i + ")  # step " + i)
                .collect(Collectors.joining("\n"));
        return """
                ### How do I run several coroutines concurrently?

                Use `asyncio.gather` to run awaitables at the same time & collect their results:

                ```python
                results = await asyncio.gather(fetch(a), fetch(b))
                ```

                question id: %s

                ### How do I set a timeout on an await?

                Wrap the coroutine with `asyncio.wait_for(coro, timeout=5)`; it raises TimeoutError when time is up.

                question id: %s

                ### How do I cancel a running task?

                Call `task.cancel()` and then await the task; CancelledError is raised inside the coroutine.

                question id: 33333333-3333-4333-8333-333333333333

                ### Как запустить корутину?

                Вызовите `asyncio.run(main())` один раз в точке входа программы.

                question id: %s

                ### Show a very long example program

                Here it is:

                ```python
                async def main():
                %s
                ```

                question id: %s
                """.formatted(GATHER, TIMEOUT, RUSSIAN, longCode, LONG);
    }
}
