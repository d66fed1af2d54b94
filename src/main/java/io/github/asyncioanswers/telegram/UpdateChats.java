package io.github.asyncioanswers.telegram;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;

/** Which conversation an update belongs to, so that updates of one chat are handled in order. */
final class UpdateChats {

    private UpdateChats() {
    }

    /** The chat id, or the user id for updates that have no chat (inline queries), or 0. */
    static long chatOf(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        if (update.hasEditedMessage()) {
            return update.getEditedMessage().getChatId();
        }
        if (update.hasCallbackQuery()) {
            return chatOf(update.getCallbackQuery());
        }
        if (update.hasInlineQuery()) {
            return update.getInlineQuery().getFrom().getId();
        }
        return 0;
    }

    /** The chat of the message under the pressed button, or the presser's private chat when it is gone. */
    static long chatOf(CallbackQuery callback) {
        return callback.getMessage() != null ? callback.getMessage().getChatId() : callback.getFrom().getId();
    }
}
