package io.github.asyncioanswers.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommandTest {

    @Test
    void a_command_has_a_lower_case_name_and_the_rest_as_argument() {
        assertThat(Command.parse("/Q  0b778831-da0a ", "Bot")).contains(new Command("q", "0b778831-da0a"));
        assertThat(Command.parse("/help", "Bot")).contains(new Command("help", ""));
    }

    @Test
    void a_command_addressed_to_this_bot_counts_and_one_for_another_bot_does_not() {
        assertThat(Command.parse("/start@bot abc", "Bot")).contains(new Command("start", "abc"));
        assertThat(Command.parse("/start@OtherBot abc", "Bot")).isEmpty();
    }

    @Test
    void plain_text_and_paths_are_not_commands() {
        assertThat(Command.parse("how do I use /q?", "Bot")).isEmpty();
        assertThat(Command.parse("/usr/bin/python", "Bot")).isEmpty();
        assertThat(Command.parse("/", "Bot")).isEmpty();
    }
}
