package io.github.asyncioanswers.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The HTTP side of talking to the Bot API: its base URL and the OkHttp clients, closed together. */
final class TelegramLink implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    /** A long poll may legitimately stay silent for its whole timeout; allow a margin on top. */
    private static final Duration POLL_MARGIN = Duration.ofSeconds(20);

    private final TelegramUrl url;
    private final OkHttpClient sending;
    private final OkHttpClient polling;
    private final List<Runnable> onClose = new ArrayList<>();

    TelegramLink(URI apiUrl, Tuning tuning) {
        this.url = telegramUrl(apiUrl);
        this.sending = new OkHttpClient.Builder().connectTimeout(CONNECT_TIMEOUT).readTimeout(SEND_TIMEOUT)
                .writeTimeout(SEND_TIMEOUT).build();
        this.polling = sending.newBuilder().readTimeout(tuning.pollTimeout().plus(POLL_MARGIN)).build();
    }

    /** TelegramBots takes the base URL as scheme, host and port; a path prefix is not supported. */
    static TelegramUrl telegramUrl(URI apiUrl) {
        boolean https = "https".equalsIgnoreCase(apiUrl.getScheme());
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : https ? 443 : 80;
        return new TelegramUrl(https ? "https" : "http", apiUrl.getHost(), port, false);
    }

    TelegramUrl url() {
        return url;
    }

    OkHttpClient sendingClient() {
        return sending;
    }

    OkHttpClient pollingClient() {
        return polling;
    }

    /** Something to stop before the clients shut down, such as the polling thread. */
    void onClose(Runnable action) {
        onClose.add(action);
    }

    @Override
    public void close() {
        onClose.forEach(Runnable::run);
        for (OkHttpClient client : List.of(sending, polling)) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
