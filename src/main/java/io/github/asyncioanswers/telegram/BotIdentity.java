package io.github.asyncioanswers.telegram;

/** Who the bot is, as {@code getMe} says: its user id (to spot replies to it) and username (to spot mentions). */
record BotIdentity(long id, String username) {
}
