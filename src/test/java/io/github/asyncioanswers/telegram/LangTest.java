package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LangTest {

    @Test
    void cyrillic_text_is_russian() {
        assertThat(Lang.of("Как запускать корутины?")).isEqualTo(Lang.RU);
        assertThat(Lang.of("что такое asyncio.gather")).isEqualTo(Lang.RU);
    }

    @Test
    void latin_text_is_english_even_for_a_russian_client() {
        assertThat(Lang.of("how to run a coroutine", Optional.of("ru"))).isEqualTo(Lang.EN);
    }

    @Test
    void text_without_letters_follows_the_client_language() {
        assertThat(Lang.of("/help", Optional.of("ru-RU"))).isEqualTo(Lang.EN);
        assertThat(Lang.of("", Optional.of("ru"))).isEqualTo(Lang.RU);
        assertThat(Lang.of("123", Optional.empty())).isEqualTo(Lang.EN);
    }
}
