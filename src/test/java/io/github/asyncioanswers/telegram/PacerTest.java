package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PacerTest {

    private static final long MS = 1_000_000;
    private final AtomicLong now = new AtomicLong(0);
    private final Pacer pacer = new Pacer(Tuning.DEFAULT, now::get);

    @Test
    void a_chat_gets_a_burst_of_three_then_one_message_a_second() {
        assertThat(pacer.reserveChat(1)).isEqualTo(0);
        assertThat(pacer.reserveChat(1)).isLessThan(100 * MS);
        assertThat(pacer.reserveChat(1)).isLessThan(100 * MS);
        assertThat(pacer.reserveChat(1)).isBetween(1000 * MS, 1100 * MS);
        assertThat(pacer.reserveChat(1)).isBetween(2000 * MS, 2100 * MS);
    }

    @Test
    void other_chats_are_not_held_up_by_a_busy_chat() {
        for (int i = 0; i < 5; i++) {
            pacer.reserveChat(1);
        }
        assertThat(pacer.reserveChat(2)).isLessThan(200 * MS);
    }

    @Test
    void all_chats_together_get_about_thirty_messages_a_second() {
        long last = 0;
        for (int message = 0; message < 61; message++) {
            last = pacer.reserveGlobal();
        }
        assertThat(Duration.ofNanos(last)).isBetween(Duration.ofMillis(1900), Duration.ofMillis(2200));
    }

    @Test
    void a_chat_that_was_quiet_gets_its_burst_back() {
        for (int i = 0; i < 5; i++) {
            pacer.reserveChat(1);
        }
        now.set(10_000 * MS);
        assertThat(pacer.reserveChat(1)).isEqualTo(10_000 * MS);
    }
}
