package io.github.asyncioanswers.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

    @Test
    void to_string_masks_the_secrets_and_shows_the_rest() {
        Config config = ConfigLoader.load(Map.of("--port", "9090"),
                Map.of("TELEGRAM_BOT_TOKEN", "123456:very-secret-token", "ADMIN_TOKEN", "admin-secret"));

        assertThat(config.toString())
                .doesNotContain("very-secret-token", "admin-secret")
                .contains("port=9090", "telegramBotToken=***", "adminToken=***");
    }

    @Test
    void to_string_says_when_a_secret_is_not_set() {
        assertThat(Config.defaults(Path.of("notes"), Path.of("index"), 0).toString())
                .contains("telegramBotToken=(not set)", "adminToken=(not set)");
    }

    @Test
    void a_port_outside_the_tcp_range_is_rejected() {
        assertThat(catchThrowable(() -> Config.defaults(Path.of("notes"), Path.of("index"), 65536)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("port must be within 0..65535, was 65536");
    }
}
