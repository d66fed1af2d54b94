package io.github.asyncioanswers.telegram;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what to do with one update: which messages are for the bot (all in a private chat; in groups
 * commands, mentions and replies to the bot), and what to answer.
 */
final class Conversation {

    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);
    static final Set<String> KNOWN_COMMANDS = Set.of("start", "help", "q", "random");

    private final Answers answers;
    private final Outbox outbox;
    private final UserLimiter limiter;
    private final BotIdentity me;

    Conversation(Answers answers, Outbox outbox, UserLimiter limiter, BotIdentity me) {
        this.answers = answers;
        this.outbox = outbox;
        this.limiter = limiter;
        this.me = me;
    }

    void handle(Update update) throws IOException {
        if (update.hasMessage()) {
            onMessage(update.getMessage());
        } else if (update.hasCallbackQuery()) {
            onCallback(update.getCallbackQuery());
        } else if (update.hasInlineQuery()) {
            onInline(update.getInlineQuery());
        } else {
            LOG.debug("update {} is of a kind the bot ignores", update.getUpdateId());
        }
    }

    private void onMessage(Message message) throws IOException {
        Optional<String> language = Optional.ofNullable(message.getFrom()).map(user -> user.getLanguageCode());
        if (!message.hasText()) {
            if (message.isUserMessage() && message.getFrom() != null) {
                outbox.reply(message.getChatId(), answers.say(Phrase.NON_TEXT, Lang.of("", language)));
            }
            return;
        }
        Optional<String> text = addressedText(message);
        if (text.isEmpty() || !allowed(message)) {
            return;
        }
        Optional<Command> command = Command.parse(text.get(), me.username());
        Optional<Reply> reply = command.isPresent() ? onCommand(command.get(), language, message.isUserMessage())
                : Optional.of(answers.question(text.get().strip(), Lang.of(text.get(), language)));
        reply.ifPresent(answer -> outbox.reply(message.getChatId(), answer));
    }

    /** The text meant for the bot: all of it in a private chat; in a group only commands, mentions and replies. */
    private Optional<String> addressedText(Message message) {
        String text = message.getText();
        if (message.isUserMessage() || Command.parse(text, me.username()).isPresent()) {
            return Optional.of(text);
        }
        String mention = "@" + me.username();
        if (text.toLowerCase().contains(mention.toLowerCase())) {
            return Optional.of(text.replaceAll("(?i)" + Pattern.quote(mention), " ").strip());
        }
        Message repliedTo = message.getReplyToMessage();
        boolean replyToMe = repliedTo != null && repliedTo.getFrom() != null && repliedTo.getFrom().getId() == me.id();
        return replyToMe ? Optional.of(text) : Optional.empty();
    }

    private boolean allowed(Message message) {
        if (message.getFrom() == null) {
            return true;
        }
        UserLimiter.Verdict verdict = limiter.check(message.getFrom().getId());
        if (verdict == UserLimiter.Verdict.WARN) {
            outbox.reply(message.getChatId(), answers.say(Phrase.RATE_LIMITED,
                    Lang.of(message.getText(), Optional.ofNullable(message.getFrom().getLanguageCode()))));
        }
        return verdict == UserLimiter.Verdict.ANSWER;
    }

    /** The reply to a command; none for an unknown command in a group, where it may be another bot's. */
    private Optional<Reply> onCommand(Command command, Optional<String> language, boolean privateChat)
            throws IOException {
        Lang lang = Lang.of(command.argument(), language);
        if (!KNOWN_COMMANDS.contains(command.name())) {
            return privateChat ? Optional.of(answers.say(Phrase.UNKNOWN_COMMAND, lang)) : Optional.empty();
        }
        return Optional.of(switch (command.name()) {
            case "start" -> command.argument().isEmpty() ? answers.help(lang, me.username())
                    : answers.byId(command.argument(), lang);
            case "help" -> answers.help(lang, me.username());
            case "q" -> command.argument().isEmpty() ? answers.say(Phrase.Q_USAGE, lang, answers.exampleId())
                    : answers.byId(command.argument(), lang);
            case "random" -> answers.random(lang);
            default -> answers.help(lang, me.username());
        });
    }

    private void onCallback(CallbackQuery callback) throws IOException {
        Optional<String> id = QuestionIds.fromCallbackData(callback.getData());
        Optional<String> language = Optional.ofNullable(callback.getFrom().getLanguageCode());
        outbox.answerCallback(callback.getId(), "");
        if (id.isEmpty()) {
            LOG.debug("callback with data that is not ours");
            return;
        }
        long chatId = callback.getMessage() != null ? callback.getMessage().getChatId() : callback.getFrom().getId();
        outbox.reply(chatId, answers.byId(id.get(), Lang.of("", language)));
    }

    private void onInline(InlineQuery query) throws IOException {
        outbox.answerInline(query.getId(), answers.inline(query.getQuery()));
    }
}
