package io.github.asyncioanswers.config;

/** How the Telegram bot receives updates: it polls Telegram, or Telegram posts them to our HTTP server. */
public enum TelegramMode {
    POLLING, WEBHOOK
}
