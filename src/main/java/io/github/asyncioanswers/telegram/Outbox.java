package io.github.asyncioanswers.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResult;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** Turns our replies into Bot API calls and sends them in order. */
final class Outbox {

    private static final int INLINE_CACHE_SECONDS = 60;

    private final BotApi api;

    Outbox(BotApi api) {
        this.api = api;
    }

    /** Sends each message of the reply in order; the buttons go under the last one. */
    void reply(long chatId, Reply reply) {
        reply(chatId, reply, Optional.empty());
    }

    /**
     * As {@link #reply(long, Reply)}, the first message quoting the message {@code replyTo} when
     * given: in a busy group, the asker sees which answer is theirs. Sent even if that message is gone.
     */
    void reply(long chatId, Reply reply, Optional<Integer> replyTo) {
        List<String> messages = reply.messages();
        for (int i = 0; i < messages.size(); i++) {
            boolean last = i == messages.size() - 1;
            SendMessage message = message(chatId, messages.get(i), last ? rows(reply) : List.of());
            if (i == 0 && replyTo.isPresent()) {
                message.setReplyParameters(ReplyParameters.builder().messageId(replyTo.get())
                        .allowSendingWithoutReply(true).build());
            }
            api.send(chatId, message);
        }
    }

    /** Stops the button's spinner, optionally with a short notice. */
    void answerCallback(String callbackQueryId, String notice) {
        api.call(AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId)
                .text(notice.isEmpty() ? null : notice).build());
    }

    void answerInline(String inlineQueryId, List<InlineArticle> articles) {
        List<InlineQueryResult> results = articles.stream().map(Outbox::article).toList();
        api.call(AnswerInlineQuery.builder().inlineQueryId(inlineQueryId).results(results)
                .cacheTime(INLINE_CACHE_SECONDS).build());
    }

    private static List<List<Button>> rows(Reply reply) {
        List<List<Button>> rows = new ArrayList<>(reply.buttons().stream().map(List::of).toList());
        if (!reply.lastRow().isEmpty()) {
            rows.add(reply.lastRow());
        }
        return rows;
    }

    static SendMessage message(long chatId, String html, List<List<Button>> rows) {
        SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
                .chatId(chatId)
                .text(html)
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (!rows.isEmpty()) {
            message.replyMarkup(keyboard(rows));
        }
        return message.build();
    }

    private static InlineKeyboardMarkup keyboard(List<List<Button>> rows) {
        List<InlineKeyboardRow> keyboard = rows.stream()
                .map(row -> new InlineKeyboardRow(row.stream().map(button -> InlineKeyboardButton.builder()
                        .text(button.label()).callbackData(button.data()).build()).toList()))
                .toList();
        return InlineKeyboardMarkup.builder().keyboard(keyboard).build();
    }

    private static InlineQueryResult article(InlineArticle article) {
        return InlineQueryResultArticle.builder()
                .id(article.id())
                .title(article.title())
                .description(article.description())
                .inputMessageContent(InputTextMessageContent.builder()
                        .messageText(article.html()).parseMode(ParseMode.HTML).build())
                .build();
    }
}
