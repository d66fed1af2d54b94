package io.github.asyncioanswers.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The npm {@code telegram-test-api} Bot API emulator, run by {@code src/test/telegram-emulator/start.js} as a
 * child process on a free loopback port; users talk to the bot through its client API.
 */
final class TelegramEmulator implements AutoCloseable {

    static final Path DIR = Path.of("src/test/telegram-emulator");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger MESSAGE_IDS = new AtomicInteger(1000);

    private final Process process;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private TelegramEmulator(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the emulator; skips the test where node is missing, but fails under CI (CI=true). */
    static TelegramEmulator start() throws IOException {
        requireInstalled();
        int port = freePort();
        Process process = new ProcessBuilder("node", "start.js", String.valueOf(port))
                .directory(DIR.toFile()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = out.readLine();
        if (first == null || !first.startsWith("listening")) {
            process.destroyForcibly();
            throw new IllegalStateException("telegram emulator did not start, it said: " + first);
        }
        Thread drain = new Thread(() -> out.lines().forEach(line -> { }), "emulator-output");
        drain.setDaemon(true);
        drain.start();
        return new TelegramEmulator(process, port);
    }

    private static void requireInstalled() {
        boolean installed = Files.isDirectory(DIR.resolve("node_modules/telegram-test-api")) && nodeRuns();
        String message = "the Telegram emulator is not installed: run `npm ci` in " + DIR + " (needs node)";
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        Assumptions.assumeTrue(installed, message);
    }

    private static boolean nodeRuns() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    URI apiUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** A fresh bot token: the emulator keeps unread messages per token, so each test gets its own. */
    static String newToken() {
        return "4242:" + UUID.randomUUID().toString().replace("-", "");
    }

    /** A user's text message in the given chat; commands get their bot_command entity. */
    void userSays(String token, Chat chat, String text) throws IOException {
        userSends(token, chat, message(chat, text));
    }

    /** A user's message of any shape; {@code message} must have {@code chat} and {@code from}. */
    void userSends(String token, Chat chat, ObjectNode message) throws IOException {
        message.put("botToken", token);
        post("/sendMessage", message);
    }

    ObjectNode message(Chat chat, String text) {
        ObjectNode message = JSON.createObjectNode();
        message.put("message_id", MESSAGE_IDS.incrementAndGet());
        message.put("date", System.currentTimeMillis() / 1000);
        message.set("chat", chat.json());
        message.set("from", chat.user());
        message.put("text", text);
        if (text.startsWith("/")) {
            int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
            ObjectNode entity = message.putArray("entities").addObject();
            entity.put("type", "bot_command").put("offset", 0).put("length", end);
        }
        return message;
    }

    /** The user presses an inline button with {@code data} under the bot message {@code messageId}. */
    void userPresses(String token, Chat chat, String data) throws IOException {
        ObjectNode callback = JSON.createObjectNode();
        callback.put("botToken", token);
        callback.set("from", chat.user());
        callback.put("data", data);
        ObjectNode message = callback.putObject("message");
        message.put("message_id", 1).put("date", System.currentTimeMillis() / 1000);
        message.set("chat", chat.json());
        post("/sendCallback", callback);
    }

    void userTypesInline(String token, Chat chat, String query) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("botToken", token);
        ObjectNode inline = body.putObject("inlineQuery");
        inline.put("id", UUID.randomUUID().toString()).put("query", query).put("offset", "");
        inline.set("from", chat.user());
        post("/sendInlineQuery", body);
    }

    /** Everything the bot sent to the chat so far, oldest first: each has text, parse_mode and reply_markup. */
    List<JsonNode> botMessages(String token, Chat chat) throws IOException {
        List<JsonNode> messages = new ArrayList<>();
        for (JsonNode entry : post("/getUpdatesHistory", JSON.createObjectNode().put("token", token)).path("result")) {
            JsonNode message = entry.path("message");
            if (message.has("chat_id") && message.path("chat_id").asLong() == chat.id()) {
                messages.add(message);
            }
        }
        return messages;
    }

    /** The message id the bot was given for the user's message with {@code text} (the emulator numbers them). */
    long userMessageId(String token, String text) throws IOException {
        for (JsonNode entry : post("/getUpdatesHistory", JSON.createObjectNode().put("token", token)).path("result")) {
            if (entry.path("message").path("text").asText().equals(text) && entry.has("messageId")) {
                return entry.path("messageId").asLong();
            }
        }
        throw new AssertionError("no user message " + text);
    }

    /** The bot's calls of the methods the start script answers itself, oldest first. */
    List<JsonNode> calls(String token, String method) throws IOException {
        List<JsonNode> calls = new ArrayList<>();
        for (JsonNode call : post("/calls", JSON.createObjectNode().put("token", token)).path("result")) {
            if (call.path("method").asText().equals(method)) {
                calls.add(call.path("body"));
            }
        }
        return calls;
    }

    private JsonNode post(String path, JsonNode body) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(apiUrl().resolve(path))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        try {
            return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** A chat and the user writing in it. */
    record Chat(long id, String type, long userId, String languageCode) {

        static Chat privateWith(long userId, String languageCode) {
            return new Chat(userId, "private", userId, languageCode);
        }

        static Chat group(long id, long userId) {
            return new Chat(id, "supergroup", userId, "en");
        }

        ObjectNode json() {
            ObjectNode chat = JSON.createObjectNode().put("id", id).put("type", type);
            return "private".equals(type) ? chat.put("first_name", "Ann") : chat.put("title", "Asyncio fans");
        }

        ObjectNode user() {
            return JSON.createObjectNode().put("id", userId).put("is_bot", false).put("first_name", "Ann")
                    .put("language_code", languageCode);
        }
    }

    static ArrayNode buttonsOf(JsonNode botMessage) {
        JsonNode keyboard = botMessage.path("reply_markup").path("inline_keyboard");
        ArrayNode buttons = JSON.createArrayNode();
        keyboard.forEach(row -> row.forEach(buttons::add));
        return buttons;
    }
}
