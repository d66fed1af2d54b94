package io.github.asyncioanswers.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/** A tiny local stand-in for the Bot API that answers with scripted faults, then with success. */
final class FakeBotApi implements AutoCloseable {

    /** One request as the fake saw it. */
    record Request(String method, String body, long nanoTime) {
    }

    private record Answer(int status, String body) {
    }

    static final String OK_MESSAGE = "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1700000000,"
            + "\"chat\":{\"id\":7,\"type\":\"private\"},\"text\":\"hi\"}}";

    private final HttpServer server;
    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next request gets this answer; once the script is used up every request succeeds. */
    FakeBotApi then(int status, String body) {
        script.add(new Answer(status, body));
        return this;
    }

    FakeBotApi thenTooManyRequests(int retryAfterSeconds) {
        return then(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + retryAfterSeconds + "\",\"parameters\":{\"retry_after\":" + retryAfterSeconds + "}}");
    }

    FakeBotApi thenServerError(int status) {
        return then(status, "{\"ok\":false,\"error_code\":" + status + ",\"description\":\"Bad Gateway\"}");
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(path.substring(path.lastIndexOf('/') + 1), body, System.nanoTime()));
        Answer answer = script.isEmpty() ? new Answer(200, OK_MESSAGE) : script.poll();
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("content-type", "application/json");
        exchange.getResponseHeaders().add("connection", "close");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
