package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.asyncioanswers.App;
import io.github.asyncioanswers.config.Config;
import io.github.asyncioanswers.telegram.TelegramEmulator.Chat;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Webhook mode through the whole app: our Javalin server receives updates, checks the secret, the bot answers. */
class TelegramWebhookTest {

    private static final String SECRET = "s3cret-Token_1";
    private static final String PATH = "/telegram/webhook";

    @TempDir
    Path dir;
    private final String token = TelegramEmulator.newToken();
    private final Chat ann = Chat.privateWith(701, "en");
    private final HttpClient http = HttpClient.newHttpClient();
    private TelegramEmulator emulator;
    private App app;
    private URI webhookUrl;

    void startApp() throws IOException {
        emulator = TelegramEmulator.start();
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("asyncio.md"), TelegramBotTest.notes());
        int port = freePort();
        webhookUrl = URI.create("http://127.0.0.1:" + port + PATH);
        Config config = Config.defaults(notes, dir.resolve("index"), port)
                .withTelegram(token, emulator.apiUrl())
                .withTelegramWebhook(webhookUrl, PATH, SECRET);
        app = App.open(config).start();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void the_app_registers_the_webhook_with_its_secret_and_answers_updates_telegram_posts() throws Exception {
        startApp();
        List<JsonNode> hooks = emulator.calls(token, "setWebhook");
        assertThat(hooks).hasSize(1);
        assertThat(hooks.get(0).path("url").asText()).isEqualTo(webhookUrl.toString());
        assertThat(hooks.get(0).path("secret_token").asText()).isEqualTo(SECRET);

        emulator.userSays(token, ann, "How do I set a timeout on an await?");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(emulator.botMessages(token, ann))
                .singleElement().satisfies(message -> assertThat(message.path("text").asText())
                        .startsWith("<b>How do I set a timeout on an await?</b>")));
    }

    @Test
    void a_wrong_or_missing_secret_is_refused_with_401_and_nothing_is_processed() throws Exception {
        startApp();
        String update = "{\"update_id\":1,\"message\":{\"message_id\":1,\"date\":1700000000,"
                + "\"chat\":{\"id\":701,\"type\":\"private\"},\"from\":{\"id\":701,\"is_bot\":false,\"first_name\":\"A\"},"
                + "\"text\":\"How do I cancel a running task?\"}}";

        assertThat(post(update, "wrong")).isEqualTo(401);
        assertThat(post(update, null)).isEqualTo(401);
        assertThat(post("{not json", SECRET)).isEqualTo(400);
        emulator.userSays(token, ann, "How do I set a timeout on an await?");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(emulator.botMessages(token, ann)).isNotEmpty());
        assertThat(emulator.botMessages(token, ann)).singleElement()
                .satisfies(message -> assertThat(message.path("text").asText()).contains("timeout"));
    }

    private int post(String body, String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(webhookUrl).POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
