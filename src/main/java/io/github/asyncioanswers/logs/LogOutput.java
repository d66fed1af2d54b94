package io.github.asyncioanswers.logs;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import io.github.asyncioanswers.config.LogFormat;
import java.net.URL;
import org.slf4j.LoggerFactory;

/**
 * Chooses the log format at start-up (logback.xml, text, is the default; logback-json.xml the JSON one)
 * and writes out the queued lines at the end: both write through an asynchronous appender.
 */
public final class LogOutput {

    private LogOutput() {
    }

    /** Reconfigures logging for {@code format}; call once, before anything else is logged. */
    public static void use(LogFormat format) {
        String resource = format == LogFormat.JSON ? "/logback-json.xml" : "/logback.xml";
        URL url = LogOutput.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        context.reset();
        try {
            configurator.doConfigure(url);
        } catch (JoranException e) {
            throw new IllegalStateException("cannot configure logging from " + resource, e);
        }
    }

    /**
     * Writes out every line still queued (waiting at most the appender's maxFlushTime) and stops
     * logging; call last, before the JVM exits. {@link #use} starts it again.
     */
    public static void stop() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop();
    }
}
