package io.github.asyncioanswers.config;

/** How log lines are written: plain text for people, or one JSON object per line for log collectors. */
public enum LogFormat {
    TEXT,
    JSON
}
