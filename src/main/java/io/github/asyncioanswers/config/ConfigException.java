package io.github.asyncioanswers.config;

/** A setting that is missing or malformed; the message names the setting and the value seen. */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }
}
