package io.github.asyncioanswers.telegram;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Decides what to do with one update: which messages are for the bot (all in a private chat; in groups
 * commands, mentions and replies to the bot), and what to answer.
 */
final class Conversation {

    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);
    static final Set<String> KNOWN_COMMANDS = Set.of("start", "help", "q", "random", "reindex");

    private final Answers answers;
    private final Outbox outbox;
    private final UserLimiter limiter;
    private final BotIdentity me;
    private final Voting voting;
    private final Admins admins;

    Conversation(Answers answers, Outbox outbox, UserLimiter limiter, BotIdentity me, Voting voting, Admins admins) {
        this.answers = answers;
        this.outbox = outbox;
        this.limiter = limiter;
        this.me = me;
        this.voting = voting;
        this.admins = admins;
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
        Optional<User> from = Optional.ofNullable(message.getFrom());
        Optional<Reply> reply = command.isPresent() ? onCommand(command.get(), language, message.isUserMessage(), from)
                : Optional.of(answers.question(text.get().strip(), Lang.of(text.get(), language), userId(from)));
        Optional<Integer> quote = message.isUserMessage() ? Optional.empty() : Optional.ofNullable(message.getMessageId());
        reply.ifPresent(answer -> outbox.reply(message.getChatId(), answer, quote));
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
    private Optional<Reply> onCommand(Command command, Optional<String> language, boolean privateChat,
            Optional<User> from) throws IOException {
        Lang lang = Lang.of(command.argument(), language);
        if (!KNOWN_COMMANDS.contains(command.name())) {
            return privateChat ? Optional.of(answers.say(Phrase.UNKNOWN_COMMAND, lang)) : Optional.empty();
        }
        Optional<String> user = userId(from);
        return Optional.of(switch (command.name()) {
            case "start" -> command.argument().isEmpty() ? answers.help(lang, me.username())
                    : answers.byId(command.argument(), lang, user);
            case "help" -> answers.help(lang, me.username());
            case "q" -> command.argument().isEmpty() ? answers.say(Phrase.Q_USAGE, lang, answers.exampleId())
                    : answers.byId(command.argument(), lang, user);
            case "random" -> answers.random(lang, user);
            case "reindex" -> reindex(from, lang);
            default -> answers.help(lang, me.username());
        });
    }

    /** The forced rebuild, for admins only; a failure is told to the admin and logged once here. */
    private Reply reindex(Optional<User> from, Lang lang) {
        if (from.isEmpty() || !admins.includes(from.get().getId())) {
            return answers.say(Phrase.NOT_ADMIN, lang);
        }
        try {
            return answers.reindexed(admins.rebuild().call(), lang);
        } catch (Exception e) {
            LOG.error("reindex asked by an admin in Telegram failed; the last good index keeps serving", e);
            return answers.say(Phrase.REINDEX_FAILED, lang, String.valueOf(e.getMessage()));
        }
    }

    private static Optional<String> userId(Optional<User> from) {
        return from.map(user -> String.valueOf(user.getId()));
    }

    private void onCallback(CallbackQuery callback) throws IOException {
        Optional<String> id = QuestionIds.fromCallbackData(callback.getData());
        Optional<String> language = Optional.ofNullable(callback.getFrom().getLanguageCode());
        Optional<Votes.Vote> vote = Votes.fromCallbackData(callback.getData());
        if (vote.isPresent()) {
            outbox.answerCallback(callback.getId(), voting.vote(vote.get(), callback.getFrom(), Lang.of("", language)));
            return;
        }
        outbox.answerCallback(callback.getId(), "");
        if (id.isEmpty()) {
            LOG.debug("callback with data that is not ours");
            return;
        }
        outbox.reply(UpdateChats.chatOf(callback), answers.byId(id.get(), Lang.of("", language),
                userId(Optional.of(callback.getFrom()))));
    }

    private void onInline(InlineQuery query) throws IOException {
        outbox.answerInline(query.getId(), answers.inline(query.getQuery()));
    }
}
