package io.github.asyncioanswers.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.asyncioanswers.learn.QueryLog;
import io.github.asyncioanswers.search.Searcher;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/** The Telegram bot: receives updates by long polling or webhook and answers them from the notes. */
public final class TelegramBot implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    static final String SECRET_HEADER = "x-telegram-bot-api-secret-token";

    private final BotOptions options;
    private final Tuning tuning;
    private final QueryLog queryLog;
    private final TelegramEvents events;
    private final Admins admins;
    private final Answers answers;
    private final TelegramLink link;
    private final BotApi api;
    private final ChatQueues queues;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private volatile Conversation conversation;
    private TelegramBotsLongPollingApplication polling;

    /**
     * A bot that records questions and votes in {@code queryLog}, lets {@code admins} reindex and
     * tells {@code events} of every update and retried call.
     */
    public TelegramBot(BotOptions options, Searcher searcher, QueryLog queryLog, Admins admins, TelegramEvents events) {
        this(options, searcher, Tuning.DEFAULT, queryLog, admins, events);
    }

    TelegramBot(BotOptions options, Searcher searcher, Tuning tuning) {
        this(options, searcher, tuning, QueryLog.off(), Admins.none(), TelegramEvents.NONE);
    }

    TelegramBot(BotOptions options, Searcher searcher, Tuning tuning, QueryLog queryLog, Admins admins,
            TelegramEvents events) {
        this.options = options;
        this.tuning = tuning;
        this.queryLog = queryLog;
        this.admins = admins;
        this.events = events;
        this.answers = new Answers(searcher, new Replies(), new Random(), queryLog);
        this.link = new TelegramLink(options.apiUrl(), tuning);
        this.api = new BotApi(new OkHttpTelegramClient(json, link.sendingClient(), options.token(), link.url()),
                new Pacer(tuning), tuning, events);
        this.queues = new ChatQueues(tuning.workers());
    }

    /** The webhook to serve on our HTTP server, when the bot runs in webhook mode. */
    public Optional<Webhook> webhook() {
        return options.webhook();
    }

    /**
     * Says who the bot is, sets its command menu, then starts long polling (which removes any webhook)
     * or registers the webhook; in webhook mode our HTTP server must already serve {@link #receiveWebhook}.
     *
     * @throws IOException when long polling cannot start
     * @throws RuntimeException when Telegram rejects the token or cannot be reached after retries
     */
    public void start() throws IOException {
        User me = api.call(new GetMe());
        conversation = new Conversation(answers, new Outbox(api), new UserLimiter(options.userMessagesPerMinute(),
                System::nanoTime), new BotIdentity(me.getId(), me.getUserName()), new Voting(queryLog), admins);
        CommandMenu.all().forEach(this::setCommands);
        if (options.webhook().isPresent()) {
            Webhook webhook = options.webhook().get();
            api.setWebhook(SetWebhook.builder().url(webhook.publicUrl().toString()).secretToken(webhook.secret()).build());
            LOG.info("Telegram bot @{} receives updates by webhook at {}", me.getUserName(), webhook.publicUrl());
        } else {
            try {
                startPolling();
            } catch (TelegramApiException e) {
                throw new IOException("long polling could not start: " + e.getMessage(), e);
            }
            LOG.info("Telegram bot @{} receives updates by long polling from {}", me.getUserName(), options.apiUrl());
        }
    }

    /**
     * Takes one webhook call: checks the secret header (keys in lower case) in constant time, then queues the update.
     *
     * @return the HTTP status to answer: 200, 401 for a wrong or missing secret, 400 for a body that is not an update
     */
    public int receiveWebhook(String body, Map<String, String> headers) {
        Webhook webhook = options.webhook().orElseThrow(() -> new IllegalStateException("not in webhook mode"));
        if (!WebhookSecret.matches(webhook.secret(), headers.get(SECRET_HEADER))) {
            return 401;
        }
        if (conversation == null) {
            return 503;
        }
        try {
            dispatch(json.readValue(body, Update.class));
            return 200;
        } catch (JsonProcessingException e) {
            LOG.debug("webhook body is not an update: {}", e.getOriginalMessage());
            return 400;
        }
    }

    private void startPolling() throws TelegramApiException {
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
                ChatQueues.daemonThreads("telegram-poll-"));
        polling = new TelegramBotsLongPollingApplication(() -> json, link::pollingClient, () -> poller);
        int timeout = (int) tuning.pollTimeout().toSeconds();
        polling.registerBot(options.token(), link::url,
                offset -> GetUpdates.builder().offset(offset + 1).limit(100).timeout(timeout).build(),
                updates -> updates.forEach(this::dispatch));
        link.onClose(poller::shutdownNow);
    }

    private void setCommands(SetMyCommands commands) {
        try {
            api.call(commands);
        } catch (DeliveryException e) {
            LOG.warn("could not set the command menu ({}): {}", commands.getLanguageCode(), e.getMessage());
        }
    }

    /** Queues the update behind earlier ones of the same chat. */
    void dispatch(Update update) {
        queues.submit(UpdateChats.chatOf(update), () -> consume(update));
    }

    /** Handles one update; the one place a failure is caught, so nothing stops the bot. */
    void consume(Update update) {
        try {
            conversation.handle(update);
            events.update(true);
        } catch (Exception e) {
            LOG.error("handling update {} failed", update.getUpdateId(), e);
            events.update(false);
        }
    }

    @Override
    public void close() throws Exception {
        if (polling != null) {
            polling.close();
        }
        queues.close();
        link.close();
    }
}
