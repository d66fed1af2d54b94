package io.github.asyncioanswers.metrics;

import io.github.asyncioanswers.index.ReindexListener;
import io.github.asyncioanswers.index.ReindexReport;
import io.github.asyncioanswers.search.ResultCache;
import io.github.asyncioanswers.search.SearchListener;
import io.github.asyncioanswers.telegram.TelegramEvents;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The bot's metrics, exported in Prometheus text format. Callers record domain events with the
 * methods below and never see Micrometer; an adapter that needs a meter of its own can use
 * {@link #registry()}. Thread safe.
 */
public final class Metrics implements AutoCloseable {

    /** Latency buckets (seconds in Prometheus): a search takes milliseconds, a reindex seconds. */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
        Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
        Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private final Counter reindexWarnings;
    private final Timer reindexTimer;
    private final Counter reindexFailures;
    private final Timer answeredSearches;
    private final Timer unansweredSearches;
    private final Map<HttpKey, Timer> httpTimers = new ConcurrentHashMap<>();
    private final Counter cacheHits;
    private final Counter cacheMisses;

    public Metrics() {
        new JvmMemoryMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        reindexWarnings = Counter.builder("asyncio.reindex.warnings")
                .description("warnings about the notes reported by reindexes").register(registry);
        reindexFailures = Counter.builder("asyncio.reindex.failures")
                .description("reindexes that failed; the last good index kept serving").register(registry);
        answeredSearches = searchTimer(true);
        unansweredSearches = searchTimer(false);
        cacheHits = cacheLookups("hit");
        cacheMisses = cacheLookups("miss");
        reindexTimer = reindexTimer(); // registered up front so that a scrape before the first reindex shows it at 0
        for (String outcome : new String[] {"handled", "failed"}) {
            telegramUpdates(outcome);
        }
        telegramSendRetries();
    }

    /** One HTTP request; {@code route} is the route template ({@code /api/v1/questions/{id}}), never the raw path. */
    public void httpRequest(String method, String route, int status, Duration took) {
        // Kept rather than built and looked up again per request: routes and statuses are few.
        httpTimers.computeIfAbsent(new HttpKey(method, route, status), key -> Timer.builder("http.server.requests")
                .description("HTTP requests by route and status")
                .tags("method", method, "route", route, "status", Integer.toString(status))
                .serviceLevelObjectives(BUCKETS).register(registry)).record(took);
    }

    /** One search, answered (a confident first hit) or not. */
    private void search(boolean answered, Duration took) {
        (answered ? answeredSearches : unansweredSearches).record(took);
    }

    /** A reindex that succeeded. */
    public void reindexed(Duration took, int warnings) {
        reindexTimer.record(took);
        reindexWarnings.increment(warnings);
    }

    public void reindexFailed() {
        reindexFailures.increment();
    }

    /** Records every reindex and rebuild of the index, whoever triggered it. */
    public ReindexListener reindexListener() {
        return new ReindexListener() {
            @Override
            public void reindexed(ReindexReport report) {
                Metrics.this.reindexed(report.took(), report.warnings().size());
            }

            @Override
            public void failed(Exception cause) {
                reindexFailed();
            }
        };
    }

    /** Times every search by whether it was answered, and counts result-cache hits and misses. */
    public SearchListener searchListener() {
        return new SearchListener() {
            @Override
            public void searched(boolean answered, Duration took) {
                search(answered, took);
            }

            @Override
            public void hit() {
                cacheHits.increment();
            }

            @Override
            public void miss() {
                cacheMisses.increment();
            }
        };
    }

    /** A gauge of the answers held by {@code cache}, read at each scrape. */
    public void watchResultCache(ResultCache cache) {
        Gauge.builder("asyncio.search.cache.entries", cache, ResultCache::size)
                .description("answers to repeated questions kept for the current index state").register(registry);
    }

    /** Gauges of the index: blocks served and the index generation, read at each scrape. */
    public void watchIndex(Supplier<Number> blocks, Supplier<Number> generation) {
        Gauge.builder("asyncio.index.blocks", () -> blocks.get()).description("question/answer blocks served")
                .register(registry);
        Gauge.builder("asyncio.index.generation", () -> generation.get())
                .description("generation of the index served").register(registry);
    }

    /** A Telegram update, {@code handled} or {@code failed}; for the Telegram adapter. */
    public void telegramUpdate(boolean handled) {
        telegramUpdates(handled ? "handled" : "failed").increment();
    }

    /** A Telegram send that was retried (429 or 5xx from the Bot API); for the Telegram adapter. */
    public void telegramSendRetried() {
        telegramSendRetries().increment();
    }

    /** What the Telegram bot tells: updates and retried sends. */
    public TelegramEvents telegramEvents() {
        return new TelegramEvents() {
            @Override
            public void update(boolean handled) {
                telegramUpdate(handled);
            }

            @Override
            public void sendRetried() {
                telegramSendRetried();
            }
        };
    }

    /** The underlying registry, for an adapter that needs a meter of its own. */
    public MeterRegistry registry() {
        return registry;
    }

    /** Every metric in Prometheus text format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    public static String contentType() {
        return "text/plain; version=0.0.4; charset=utf-8";
    }

    private Timer reindexTimer() {
        return Timer.builder("asyncio.reindex").description("reindexes that succeeded")
                .serviceLevelObjectives(BUCKETS).register(registry);
    }

    private record HttpKey(String method, String route, int status) {
    }

    private Timer searchTimer(boolean answered) {
        return Timer.builder("asyncio.searches").description("searches by whether a note answered them")
                .tag("answered", Boolean.toString(answered))
                .serviceLevelObjectives(BUCKETS).register(registry);
    }

    private Counter cacheLookups(String result) {
        return Counter.builder("asyncio.search.cache.lookups").description("searches looked up in the result cache")
                .tag("result", result).register(registry);
    }

    private Counter telegramUpdates(String outcome) {
        return Counter.builder("asyncio.telegram.updates").description("Telegram updates by outcome")
                .tag("outcome", outcome).register(registry);
    }

    private Counter telegramSendRetries() {
        return Counter.builder("asyncio.telegram.send.retries").description("Telegram sends retried")
                .register(registry);
    }

    @Override
    public void close() {
        gcMetrics.close();
        registry.close();
    }
}
