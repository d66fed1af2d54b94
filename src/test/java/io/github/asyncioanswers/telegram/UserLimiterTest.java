package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.asyncioanswers.telegram.UserLimiter.Verdict;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UserLimiterTest {

    private final AtomicLong now = new AtomicLong();
    private final UserLimiter limiter = new UserLimiter(3, now::get);

    @Test
    void a_user_over_the_limit_is_warned_once_then_ignored_until_the_minute_is_over() {
        assertThat(limiter.check(1)).isEqualTo(Verdict.ANSWER);
        assertThat(limiter.check(1)).isEqualTo(Verdict.ANSWER);
        assertThat(limiter.check(1)).isEqualTo(Verdict.ANSWER);
        assertThat(limiter.check(1)).isEqualTo(Verdict.WARN);
        assertThat(limiter.check(1)).isEqualTo(Verdict.IGNORE);
        now.set(Duration.ofSeconds(61).toNanos());
        assertThat(limiter.check(1)).isEqualTo(Verdict.ANSWER);
    }

    @Test
    void users_are_counted_separately() {
        for (int i = 0; i < 5; i++) {
            limiter.check(1);
        }
        assertThat(limiter.check(2)).isEqualTo(Verdict.ANSWER);
    }
}
