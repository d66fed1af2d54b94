package io.github.asyncioanswers.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** The command menu Telegram shows under "/", in English for everyone and in Russian for Russian clients. */
final class CommandMenu {

    private CommandMenu() {
    }

    static List<SetMyCommands> all() {
        return List.of(
                SetMyCommands.builder().commands(List.of(
                        new BotCommand("help", "What I know and how to ask"),
                        new BotCommand("q", "Show a note by its id: /q <id>"),
                        new BotCommand("random", "Show a random note"),
                        new BotCommand("start", "Start, or open a shared answer"))).build(),
                SetMyCommands.builder().languageCode("ru").commands(List.of(
                        new BotCommand("help", "Что я знаю и как спрашивать"),
                        new BotCommand("q", "Показать заметку по id: /q <id>"),
                        new BotCommand("random", "Показать случайную заметку"),
                        new BotCommand("start", "Начать или открыть присланный ответ"))).build());
    }
}
