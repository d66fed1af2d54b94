package io.github.asyncioanswers.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.asyncioanswers.App;
import io.github.asyncioanswers.LogCapture;
import io.github.asyncioanswers.cli.Cli;
import io.github.asyncioanswers.config.Config;
import io.github.asyncioanswers.config.ConfigLoader;
import io.github.asyncioanswers.config.LogFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN_TOKEN = "admin-token-Zq81xW";
    private static final String BOT_TOKEN = "123456:bot-token-Kp39vB";

    @TempDir
    Path dir;

    @AfterEach
    void back_to_text() {
        LogOutput.use(LogFormat.TEXT);
    }

    @Test
    void json_format_writes_one_json_object_per_line_with_the_keys() throws Exception {
        LogOutput.use(LogFormat.JSON);
        String log;
        try (LogCapture capture = new LogCapture()) {
            LoggerFactory.getLogger("test").atInfo().addKeyValue("route", "/health").addKeyValue("status", 200)
                    .log("served {}", "health");
            log = capture.text();
        }

        JsonNode line = JSON.readTree(log.lines().filter(l -> l.contains("served health")).findFirst().orElseThrow());
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("loggerName").asText()).isEqualTo("test");
        assertThat(line.get("formattedMessage").asText()).isEqualTo("served health");
        assertThat(line.get("kvpList").toString()).contains("\"route\":\"/health\"", "\"status\":\"200\"");
    }

    @Test
    void text_format_writes_the_keys_after_the_message() {
        String log;
        try (LogCapture capture = new LogCapture()) {
            LoggerFactory.getLogger("test").atInfo().addKeyValue("status", 200).log("served");
            log = capture.text();
        }

        assertThat(log).containsPattern("INFO  test - served status=\"200\"");
    }

    @Test
    void tokens_never_appear_in_logs_of_either_format_nor_in_the_printed_configuration() throws Exception {
        for (LogFormat format : LogFormat.values()) {
            LogOutput.use(format);
            String log;
            try (LogCapture capture = new LogCapture()) {
                serveAndSearch(format);
                log = capture.text();
            }
            assertThat(log).as(format.name()).contains("configuration: Config[", "adminToken=***",
                    "telegramBotToken=***").doesNotContain(ADMIN_TOKEN, BOT_TOKEN, "bot-token");
        }
    }

    @Test
    void the_cli_prints_no_token_whatever_it_runs() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("ADMIN_TOKEN", ADMIN_TOKEN, "TELEGRAM_BOT_TOKEN", BOT_TOKEN);
        String log;
        try (LogCapture capture = new LogCapture()) {
            for (String[] words : List.of(new String[] {"--help"}, new String[] {"serve", "--help"},
                    new String[] {"index", "--notes", "notes", "--index", dir.resolve("i").toString(), "--semantic-enabled",
                        "false"}, new String[] {"index", "--port", "x"})) {
                new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true,
                        StandardCharsets.UTF_8), env).run(words);
            }
            log = capture.text();
        }

        assertThat(out.toString(StandardCharsets.UTF_8) + log).doesNotContain(ADMIN_TOKEN, BOT_TOKEN);
        // And the index run did read the tokens and log the configuration, masked.
        assertThat(log).contains("configuration: Config[", "adminToken=***", "telegramBotToken=***");
    }

    /** A local Bot API with no users: the bot starts, finds no updates, and the test sees its logs. */
    private static HttpServer quietBotApi() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String method = exchange.getRequestURI().getPath().toLowerCase(java.util.Locale.ROOT);
            String result = method.endsWith("/getme")
                    ? "{\"id\":1,\"is_bot\":true,\"first_name\":\"Bot\",\"username\":\"test_bot\"}"
                    : method.endsWith("/getupdates") ? "[]" : "true";
            byte[] body = ("{\"ok\":true,\"result\":" + result + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private void serveAndSearch(LogFormat format) throws Exception {
        Path notes = Files.createDirectories(dir.resolve(format.name()).resolve("notes"));
        Files.writeString(notes.resolve("a.md"), "## How to cancel a task\n\nCall `task.cancel()`.\n");
        HttpServer botApi = quietBotApi();
        Config config = ConfigLoader.load(Map.of("--notes", notes.toString(), "--index",
                dir.resolve(format.name()).resolve("index").toString(), "--port", "0", "--host", "127.0.0.1",
                "--semantic-enabled", "false", "--log-format", format.name(),
                "--telegram-api-url", "http://127.0.0.1:" + botApi.getAddress().getPort()),
                Map.of("ADMIN_TOKEN", ADMIN_TOKEN, "TELEGRAM_BOT_TOKEN", BOT_TOKEN));
        try {
            try (App app = App.open(config).start()) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://127.0.0.1:" + app.httpPort() + "/api/v1/search?q=cancel"))
                        .header("Authorization", "Bearer " + ADMIN_TOKEN).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
            }
        } finally {
            botApi.stop(0);
        }
    }
}
