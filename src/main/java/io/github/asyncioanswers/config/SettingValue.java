package io.github.asyncioanswers.config;

/** The text of one setting and where it came from (a default, a file, an environment variable, a flag). */
record SettingValue(String value, String source) {
}
