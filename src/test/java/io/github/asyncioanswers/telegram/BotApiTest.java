package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** The reliability of sending, against a local fake of the Bot API that injects faults. */
class BotApiTest {

    private static final Tuning QUICK = Tuning.DEFAULT.withRetries(Duration.ofMillis(10), 4);

    private final FakeBotApi fake = startFake();
    private final OkHttpClient http = new OkHttpClient();

    @AfterEach
    void stop() {
        fake.close();
        http.dispatcher().executorService().shutdown();
    }

    @Test
    void a_429_is_waited_out_for_retry_after_seconds_and_the_message_is_sent() {
        fake.thenTooManyRequests(1);

        api(QUICK).send(7, Outbox.message(7, "hello", List.of()));

        List<FakeBotApi.Request> requests = fake.requests();
        assertThat(requests).hasSize(2).allSatisfy(request -> assertThat(request.body()).contains("hello"));
        assertThat(requests.get(1).nanoTime() - requests.get(0).nanoTime())
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(950));
    }

    @Test
    void server_errors_and_malformed_answers_are_retried_until_the_message_goes_through() {
        fake.thenServerError(502).thenServerError(500).then(200, "{not json");

        api(QUICK).send(7, Outbox.message(7, "hello", List.of()));

        assertThat(fake.requests()).hasSize(4);
    }

    @Test
    void after_the_last_attempt_it_gives_up_with_a_clear_error() {
        for (int i = 0; i < 4; i++) {
            fake.thenServerError(503);
        }

        assertThatThrownBy(() -> api(QUICK).send(7, Outbox.message(7, "hello", List.of())))
                .isInstanceOf(DeliveryException.class)
                .hasMessageStartingWith("sendmessage failed 4 times, giving up");
        assertThat(fake.requests()).hasSize(4);
    }

    @Test
    void a_bad_request_is_not_retried() {
        fake.then(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities\"}");

        assertThatThrownBy(() -> api(QUICK).send(7, Outbox.message(7, "<b>", List.of())))
                .isInstanceOf(DeliveryException.class)
                .hasMessageContaining("rejected by Telegram").hasMessageContaining("can't parse entities");
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void a_retry_after_longer_than_the_bot_will_wait_gives_up_at_once() {
        fake.thenTooManyRequests(3600);

        assertThatThrownBy(() -> api(QUICK).send(7, Outbox.message(7, "hello", List.of())))
                .hasMessage("sendmessage asked to wait 3600 s, giving up");
    }

    @Test
    void messages_to_one_chat_are_spaced_by_the_chat_interval() {
        Tuning paced = new Tuning(Duration.ofMillis(200), 1, Duration.ofMillis(1), Duration.ofMillis(10), 2,
                Duration.ofSeconds(5), Duration.ofSeconds(1), 1);
        BotApi api = api(paced);
        long start = System.nanoTime();

        for (int i = 0; i < 3; i++) {
            api.send(7, Outbox.message(7, "part " + i, List.of()));
        }

        assertThat(fake.requests()).hasSize(3);
        assertThat(fake.requests().get(2).nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(400));
    }

    private BotApi api(Tuning tuning) {
        OkHttpTelegramClient client = new OkHttpTelegramClient(new ObjectMapper(), http, "1:token",
                TelegramLink.telegramUrl(fake.url()));
        return new BotApi(client, new Pacer(tuning), tuning, TelegramEvents.NONE);
    }

    private static FakeBotApi startFake() {
        try {
            return new FakeBotApi();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
