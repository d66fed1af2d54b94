package io.github.asyncioanswers.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void a_client_gets_its_burst_then_waits_for_the_next_token() {
        RateLimiter limiter = new RateLimiter(2, 3, now::get);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.retryAfter("1.2.3.4")).isEmpty();
        }
        assertThat(limiter.retryAfter("1.2.3.4")).contains(Duration.ofMillis(500));
    }

    @Test
    void tokens_come_back_at_the_configured_rate() {
        RateLimiter limiter = new RateLimiter(2, 1, now::get);
        assertThat(limiter.retryAfter("a")).isEmpty();
        assertThat(limiter.retryAfter("a")).isPresent();

        now.addAndGet(Duration.ofMillis(500).toNanos());

        assertThat(limiter.retryAfter("a")).isEmpty();
        assertThat(limiter.retryAfter("a")).isPresent();
    }

    @Test
    void clients_have_separate_buckets() {
        RateLimiter limiter = new RateLimiter(1, 1, now::get);

        assertThat(limiter.retryAfter("a")).isEmpty();
        assertThat(limiter.retryAfter("b")).isEmpty();
        assertThat(limiter.retryAfter("a")).isPresent();
    }

    @Test
    void a_bucket_never_holds_more_than_the_burst_however_long_the_client_was_idle() {
        RateLimiter limiter = new RateLimiter(10, 2, now::get);
        limiter.retryAfter("a");

        now.addAndGet(Duration.ofHours(1).toNanos());

        assertThat(limiter.retryAfter("a")).isEmpty();
        assertThat(limiter.retryAfter("a")).isEmpty();
        assertThat(limiter.retryAfter("a")).isPresent();
    }

    @Test
    void a_fractional_rate_gives_a_wait_of_several_seconds() {
        RateLimiter limiter = new RateLimiter(0.25, 1, now::get);
        limiter.retryAfter("a");

        assertThat(limiter.retryAfter("a")).contains(Duration.ofSeconds(4));
    }

    @Test
    void a_rate_of_zero_is_rejected() {
        assertThatThrownBy(() -> new RateLimiter(0, 1, now::get)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rate must be positive and burst at least 1: 0.0, 1");
    }
}
