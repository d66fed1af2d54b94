package io.github.asyncioanswers.telegram;

/** Everything the bot says in its own words, in English and Russian; {@code %s} arguments are HTML-escaped by the caller. */
enum Phrase {
    NO_NOTE("I don't have a note on that.", "У меня нет заметки об этом."),
    CLOSEST("These are the closest questions I have:", "Вот самые близкие вопросы, которые у меня есть:"),
    TRY_HELP("Try other words, or see /help for examples.", "Попробуйте другими словами или посмотрите примеры в /help."),
    RELATED("Related questions:", "Похожие вопросы:"),
    SOURCE("Source", "Источник"),
    EMPTY("Send me a question about Python asyncio, for example: <i>How to run an async function in a loop?</i>",
            "Пришлите вопрос об asyncio в Python, например: <i>Как запускать корутины?</i>"),
    TOO_LONG("That message is %s characters long. Please ask in at most %s characters.",
            "Сообщение длиной %s символов слишком длинное. Задайте вопрос короче, не более %s символов."),
    NON_TEXT("I can only read text. Send me your asyncio question as a message.",
            "Я понимаю только текст. Пришлите вопрос об asyncio сообщением."),
    UNKNOWN_ID("I have no question with id <code>%s</code>.", "У меня нет вопроса с id <code>%s</code>."),
    Q_USAGE("Send /q with a question id, for example: <code>/q %s</code>",
            "Отправьте /q с id вопроса, например: <code>/q %s</code>"),
    UNKNOWN_COMMAND("I don't know that command. See /help.", "Я не знаю такой команды. Смотрите /help."),
    NO_NOTES("I have no notes yet.", "У меня пока нет заметок."),
    RATE_LIMITED("You are sending messages faster than I can answer. I will read your messages again in a minute.",
            "Вы отправляете сообщения быстрее, чем я успеваю отвечать. Я снова прочитаю ваши сообщения через минуту."),
    VOTE_RECORDED("Thanks for your feedback!", "Спасибо за отзыв!"),
    VOTE_CHANGED("Your vote is changed.", "Ваша оценка изменена."),
    VOTE_UNCHANGED("Your vote was already noted.", "Ваша оценка уже учтена."),
    VOTE_EXPIRED("This answer is too old to rate; ask again to rate a fresh one.",
            "Этот ответ слишком старый для оценки; спросите ещё раз."),
    NOT_ADMIN("Sorry, only the bot's administrators can reindex the notes.",
            "Извините, переиндексировать заметки могут только администраторы бота."),
    REINDEXED("Reindexed: %s blocks (added %s, updated %s, removed %s), warnings: %s, took %s ms.",
            "Переиндексировано: %s блоков (добавлено %s, изменено %s, удалено %s), предупреждений: %s, %s мс."),
    MORE_WARNINGS("… and %s more.", "… и ещё %s."),
    REINDEX_FAILED("The reindex failed, the last good index keeps serving: %s",
            "Переиндексация не удалась, работает последний исправный индекс: %s"),
    HELP("""
            I answer questions about Python <b>asyncio</b> from %s notes.

            Just ask in your own words, for example:
            • How to run an async function in a loop?
            • What is the difference between threading and async?
            • Как запускать корутины?

            /q &lt;id&gt; shows a note by its id
            /random shows a random note
            /help shows this message

            In a group, mention me or reply to my message. In any chat, type %s and a question.""",
            """
            Я отвечаю на вопросы об <b>asyncio</b> в Python по %s заметкам.

            Просто спросите своими словами, например:
            • Как запускать корутины?
            • What is asyncio.create_task()?

            /q &lt;id&gt; показывает заметку по её id
            /random показывает случайную заметку
            /help показывает это сообщение

            В группе упомяните меня или ответьте на моё сообщение. В любом чате наберите %s и вопрос.""");

    private final String english;
    private final String russian;

    Phrase(String english, String russian) {
        this.english = english;
        this.russian = russian;
    }

    /** The phrase in {@code lang} with the arguments escaped and filled in. */
    String in(Lang lang, Object... args) {
        Object[] escaped = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            escaped[i] = Html.escape(String.valueOf(args[i]));
        }
        return String.format(lang == Lang.RU ? russian : english, escaped);
    }
}
