package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.asyncioanswers.TestJsonLines;
import io.github.asyncioanswers.TestNotes;
import io.github.asyncioanswers.config.QueryLogSettings;
import io.github.asyncioanswers.index.Analyzers;
import io.github.asyncioanswers.index.NoteIndex;
import io.github.asyncioanswers.index.Reindexer;
import io.github.asyncioanswers.learn.QueryLog;
import io.github.asyncioanswers.notes.NotesParser;
import io.github.asyncioanswers.search.Glossary;
import io.github.asyncioanswers.search.Searcher;
import io.github.asyncioanswers.metrics.Metrics;
import io.github.asyncioanswers.telegram.TelegramEmulator.Chat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end against the emulator: 👍/👎 under each answer reach the query log, and /reindex is for admins only. */
class TelegramLearningTest {

    static final long ADMIN = 777_000_111L;
    final String token = TelegramEmulator.newToken();
    final Chat ann = Chat.privateWith(987_654_321L, "en");
    final Chat bob = Chat.privateWith(123_123_123L, "en");

    @TempDir
    Path dir;
    TelegramEmulator emulator;
    NoteIndex index;
    QueryLog queryLog;
    TelegramBot bot;
    final Metrics metrics = new Metrics();

    @BeforeEach
    void start() throws Exception {
        emulator = TelegramEmulator.start();
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("asyncio.md"), TelegramBotTest.notes());
        Analyzer analyzer = Analyzers.forNotes();
        index = NoteIndex.open(dir.resolve("index"), analyzer, Optional.empty());
        Reindexer reindexer = new Reindexer(notes, new NotesParser(), index);
        reindexer.reindex();
        Searcher searcher = new Searcher(index.searcherManager(), analyzer, Glossary.empty(), Optional.empty());
        queryLog = QueryLog.open(QueryLogSettings.defaults().withDataDir(dir.resolve("data")));
        bot = new TelegramBot(BotOptions.polling(token, emulator.apiUrl()), searcher, TelegramBotTest.FAST, queryLog,
                new Admins(Set.of(ADMIN), reindexer::rebuild), metrics.telegramEvents());
        bot.start();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable part : new AutoCloseable[] {bot, queryLog, index, emulator}) {
            if (part != null) {
                part.close();
            }
        }
    }

    @Test
    void an_answer_carries_thumbs_buttons_whose_presses_are_acknowledged_and_logged_once_per_user() throws Exception {
        emulator.userSays(token, ann, "How do I run several coroutines concurrently?");
        JsonNode answer = awaitMessages(ann, 1).get(0);
        JsonNode lastRow = answer.path("reply_markup").path("inline_keyboard").path(
                answer.path("reply_markup").path("inline_keyboard").size() - 1);
        assertThat(lastRow.findValuesAsText("text")).containsExactly("👍", "👎");
        String up = lastRow.get(0).path("callback_data").asText();
        String down = lastRow.get(1).path("callback_data").asText();
        assertThat(up).matches("v:[0-9a-f-]{36}:1");
        assertThat(up.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);

        emulator.userPresses(token, ann, up);
        awaitNotices(1);
        emulator.userPresses(token, ann, up);
        awaitNotices(2);
        emulator.userPresses(token, ann, down);
        awaitNotices(3);
        emulator.userPresses(token, bob, up);

        assertThat(awaitNotices(4)).containsExactly("Thanks for your feedback!", "Your vote was already noted.",
                "Your vote is changed.", "Thanks for your feedback!");
        List<JsonNode> lines = TestJsonLines.read(dir.resolve("data/queries.jsonl"));
        assertThat(lines.get(0).path("channel").asText()).isEqualTo("telegram");
        assertThat(lines.get(0).path("answerId").asText()).isEqualTo(TelegramBotTest.GATHER);
        List<JsonNode> votes = lines.subList(1, lines.size());
        assertThat(votes).extracting(vote -> vote.path("helpful").asBoolean()).containsExactly(true, false, true);
        assertThat(votes.get(0).path("user").asText()).isEqualTo(votes.get(1).path("user").asText())
                .isEqualTo(lines.get(0).path("user").asText()).isNotEqualTo(votes.get(2).path("user").asText());
        assertThat(Files.readString(dir.resolve("data/queries.jsonl"))).doesNotContain("987654321", "Ann");
    }

    @Test
    void a_vote_on_an_answer_the_bot_no_longer_knows_is_acknowledged_politely() throws Exception {
        emulator.userPresses(token, ann, "v:00000000-0000-4000-8000-000000000000:1");

        assertThat(awaitNotices(1)).containsExactly("This answer is too old to rate; ask again to rate a fresh one.");
    }

    @Test
    void an_admin_gets_the_rebuild_report_with_warnings_and_others_a_polite_refusal() throws Exception {
        Files.writeString(dir.resolve("notes/b.md"), "orphan text\n\n" + TestNotes.block("gamma"));
        Chat admin = Chat.privateWith(ADMIN, "en");

        emulator.userSays(token, ann, "/reindex");
        emulator.userSays(token, admin, "/reindex");

        assertThat(awaitMessages(ann, 1).get(0).path("text").asText())
                .isEqualTo("Sorry, only the bot's administrators can reindex the notes.");
        assertThat(awaitMessages(admin, 1).get(0).path("text").asText()).matches(
                "Reindexed: 6 blocks \\(added 1, updated 0, removed 0\\), warnings: 1, took \\d+ ms\\.\n"
                        + "• <code>notes/b\\.md:1</code> text before the first heading belongs to no question "
                        + "and is not indexed");
        emulator.userSays(token, admin, "How do I gamma?");
        assertThat(awaitMessages(admin, 2).get(1).path("text").asText()).startsWith("<b>How do I gamma?</b>");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(metrics.scrape())
                .contains("asyncio_telegram_updates_total{outcome=\"handled\"} 3.0"));
    }

    private List<JsonNode> awaitMessages(Chat chat, int count) throws IOException {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(emulator.botMessages(token, chat)).hasSizeGreaterThanOrEqualTo(count));
        return emulator.botMessages(token, chat).subList(0, count);
    }

    private List<String> awaitNotices(int count) throws IOException {
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(emulator.calls(token, "answerCallbackQuery")).hasSize(count));
        return emulator.calls(token, "answerCallbackQuery").stream().map(call -> call.path("text").asText()).toList();
    }
}
