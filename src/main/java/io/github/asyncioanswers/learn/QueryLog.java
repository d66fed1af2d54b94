package io.github.asyncioanswers.learn;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.asyncioanswers.config.QueryLogSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every answer given and the feedback on it, as JSON lines in the data folder, and remembers
 * recent queries so feedback can be checked against them. Thread safe.
 */
public final class QueryLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(QueryLog.class);
    /** Queries older than this many are forgotten: feedback on them is answered as unknown. */
    static final int REMEMBERED = 100_000;

    private final Optional<LogFiles> files;
    private final UserHash users;
    private final Map<String, LogEntry.Query> queries = bounded();
    private final Map<String, Boolean> votes = bounded();
    /** Queries answered since the log last failed to write; 0 while it writes. */
    private int unwritten;

    private QueryLog(Optional<LogFiles> files, UserHash users) {
        this.files = files;
        this.users = users;
    }

    /** Opens the log in the data folder and remembers the queries already in it; when disabled, keeps nothing on disk. */
    public static QueryLog open(QueryLogSettings settings) throws IOException {
        if (!settings.enabled()) {
            LOG.info("query log is off: questions and feedback are not recorded");
            return off();
        }
        List<LogEntry> earlier = LogReader.read(settings.dataDir());
        LogFiles files = new LogFiles(settings.dataDir(), settings.maxFileBytes(), settings.retention());
        QueryLog log;
        try {
            log = new QueryLog(Optional.of(files), UserHash.in(settings.dataDir()));
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e;
        }
        earlier.forEach(log::remember);
        LOG.info("query log in {} holds {} entries", settings.dataDir(), earlier.size());
        return log;
    }

    /** A log that writes nothing, for parts run without one. */
    public static QueryLog off() {
        return new QueryLog(Optional.empty(), UserHash.ephemeral());
    }

    /**
     * Records an answer given and returns the new query id that feedback refers to. The answer
     * matters more than its record: when the log cannot be written (a full disk), the question is
     * still answered, feedback on it still works until a restart, and the failure is logged.
     */
    public String record(Asked asked) {
        LogEntry.Query entry = new LogEntry.Query(LogEntry.QUERY, UUID.randomUUID().toString(), now(),
                asked.channel().key(), asked.kind().name().toLowerCase(java.util.Locale.ROOT), asked.question(),
                asked.answered(), asked.answerId().orElse(null), round(asked.confidence()), asked.results(),
                hashed(asked.channel(), asked.user()));
        String line = json(entry);
        synchronized (this) {
            try {
                write(line);
                if (unwritten > 0) {
                    LOG.info("query log written again after {} entries could not be", unwritten);
                    unwritten = 0;
                }
            } catch (IOException e) {
                if (unwritten++ == 0) {
                    LOG.error("could not write the query log ({}); questions are still answered, and this is "
                            + "logged again when writing works", e.getMessage());
                }
            }
            remember(entry);
        }
        return entry.queryId();
    }

    /** Records a vote; the same vote again is not written twice, a changed one replaces it. */
    public synchronized FeedbackOutcome feedback(Feedback feedback) {
        LogEntry.Query query = queries.get(feedback.queryId());
        if (query == null) {
            return FeedbackOutcome.UNKNOWN_QUERY;
        }
        Optional<String> id = feedback.id().or(() -> Optional.ofNullable(query.answerId()));
        if (id.isEmpty() || !query.results().contains(id.get())) {
            return FeedbackOutcome.NOT_A_RESULT;
        }
        LogEntry.Vote vote = new LogEntry.Vote(LogEntry.FEEDBACK, query.queryId(), now(), feedback.channel().key(),
                id.get(), feedback.helpful(), hashed(feedback.channel(), feedback.user()));
        Boolean before = votes.get(key(vote));
        if (before != null && before == feedback.helpful()) {
            return FeedbackOutcome.UNCHANGED;
        }
        try {
            write(json(vote));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the query log: " + e.getMessage(), e);
        }
        remember(vote);
        return before == null ? FeedbackOutcome.RECORDED : FeedbackOutcome.CHANGED;
    }

    private void remember(LogEntry entry) {
        if (entry instanceof LogEntry.Query query) {
            queries.put(query.queryId(), query);
        } else if (entry instanceof LogEntry.Vote vote) {
            votes.put(key(vote), vote.helpful());
        }
    }

    private void write(String line) throws IOException {
        if (files.isPresent()) {
            files.get().append(line);
        }
    }

    private static String json(LogEntry entry) {
        try {
            return LogReader.JSON.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a log entry is always writable as JSON", e);
        }
    }

    private String hashed(Channel channel, Optional<String> user) {
        return user.map(id -> users.hash(channel, id)).orElse(null);
    }

    /** One vote per query, block and user: a later vote of the same user replaces the earlier one. */
    static String key(LogEntry.Vote vote) {
        return vote.queryId() + " " + vote.id() + " " + vote.user();
    }

    private static String now() {
        return Instant.now().toString();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        };
    }

    @Override
    public synchronized void close() throws IOException {
        if (files.isPresent()) {
            files.get().close();
        }
    }
}
