package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    @Test
    void only_the_exact_secret_matches() {
        assertThat(WebhookSecret.matches("s3cret", "s3cret")).isTrue();
        assertThat(WebhookSecret.matches("s3cret", "s3cre")).isFalse();
        assertThat(WebhookSecret.matches("s3cret", "S3CRET")).isFalse();
        assertThat(WebhookSecret.matches("s3cret", "")).isFalse();
        assertThat(WebhookSecret.matches("s3cret", null)).isFalse();
    }
}
