package io.github.asyncioanswers.cli;

import io.github.asyncioanswers.App;
import io.github.asyncioanswers.config.Config;
import io.github.asyncioanswers.config.ConfigException;
import io.github.asyncioanswers.config.ConfigLoader;
import io.github.asyncioanswers.config.Setting;
import io.github.asyncioanswers.eval.EvalFile;
import io.github.asyncioanswers.eval.EvalReport;
import io.github.asyncioanswers.eval.Evaluator;
import io.github.asyncioanswers.index.ReindexReport;
import io.github.asyncioanswers.logs.LogOutput;
import io.github.asyncioanswers.search.Hit;
import io.github.asyncioanswers.search.SearchResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The command line: {@code serve | index | search TEXT | eval FILE | report}; returns an exit code, never exits. */
public final class Cli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);
    private static final int SEARCH_RESULTS = 3;
    /** An indexing that takes longer than this shows progress on stderr. */
    static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);
    private static final int REPORT_ENTRIES = 20;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Colors colors;
    private final Duration progressEvery;

    /** Colors only on a terminal without NO_COLOR. */
    public Cli(PrintStream out, PrintStream err, Map<String, String> env) {
        this(out, err, env, Colors.detect(env), PROGRESS_EVERY);
    }

    Cli(PrintStream out, PrintStream err, Map<String, String> env, Colors colors, Duration progressEvery) {
        this.out = out;
        this.err = err;
        this.env = Map.copyOf(env);
        this.colors = colors;
        this.progressEvery = progressEvery;
    }

    public int run(String... words) {
        Args args;
        try {
            args = Args.parse(words);
        } catch (IllegalArgumentException e) {
            error(e.getMessage());
            return USAGE;
        }
        if (args.flags().containsKey("--version")) {
            out.println("asyncio-answers " + Version.current());
            return OK;
        }
        if (args.command().isEmpty() || args.flags().containsKey("--help") || args.flags().containsKey("-h")) {
            out.print(Usage.text(args.command()));
            return args.command().isEmpty() && !args.flags().containsKey("--help") && !args.flags().containsKey("-h")
                    ? USAGE : OK;
        }
        try {
            return dispatch(args);
        } catch (ConfigException | IllegalArgumentException e) {
            error(e.getMessage());
            return USAGE;
        } catch (IOException | RuntimeException e) {
            LOG.error("{} failed", args.command(), e);
            error(e.getMessage());
            return FAILED;
        }
    }

    private int dispatch(Args args) throws IOException {
        Config config = ConfigLoader.load(knownFlags(args), env);
        LogOutput.use(config.operations().logFormat());
        return switch (args.command()) {
            case "serve" -> serve(config);
            case "index" -> index(config);
            case "search" -> search(config, String.join(" ", args.positional()));
            case "eval" -> eval(config, args);
            case "report" -> report(config);
            default -> {
                error("unknown command '" + args.command() + "'");
                out.print(Usage.text(""));
                yield USAGE;
            }
        };
    }

    private static Map<String, String> knownFlags(Args args) {
        Map<String, String> flags = new HashMap<>(args.flags());
        for (String flag : args.flags().keySet()) {
            boolean known = flag.equals(ConfigLoader.CONFIG_FLAG)
                    || java.util.Arrays.stream(Setting.values()).anyMatch(s -> s.flag().filter(flag::equals).isPresent());
            if (!known) {
                throw new IllegalArgumentException("unknown flag " + flag + " (see --help)");
            }
        }
        return flags;
    }

    private int serve(Config config) throws IOException {
        CountDownLatch stopped = new CountDownLatch(1);
        App app = App.open(config);
        // Registered once the app runs: a stop during the first indexing is like a crash, which
        // the index survives, whereas closing it under a running reindex would fail noisily.
        app.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            // Here, not in Main: the JVM halts once this hook ends, whatever the main thread does.
            LogOutput.stop();
            stopped.countDown();
        }, "shutdown"));
        out.println("Asyncio Answers is serving http://" + config.host() + ":" + app.httpPort()
                + "/api/v1/search?q=... (Ctrl+C stops it)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return OK;
    }

    private void error(String message) {
        err.println(colors.red("error:") + " " + message);
    }

    private int index(Config config) throws IOException {
        try (App app = App.open(config); Progress progress = new Progress(err, progressEvery)) {
            ReindexReport report = app.reindex();
            progress.done(report.blocks());
            out.printf("indexed %d blocks from %s in %d ms (added %d, updated %d, removed %d)%n", report.blocks(),
                    config.notesDir(), report.took().toMillis(), report.added(), report.updated(), report.removed());
            out.printf("index generation %d, last reindex %s, %d warnings%n", report.generation(),
                    report.finishedAt(), report.warnings().size());
            report.warnings().forEach(warning -> out.println("  " + colors.yellow(warning.toString())));
            return OK;
        }
    }

    private int search(Config config, String text) throws IOException {
        if (text.isBlank()) {
            error("search needs a question, e.g. search \"how to run tasks concurrently\"");
            return USAGE;
        }
        try (App app = App.open(config)) {
            app.reindex();
            SearchResult result = app.searcher().search(text, SEARCH_RESULTS);
            out.println(result.answered() ? colors.green("Answer:")
                    : colors.yellow("No note answers this confidently. Closest questions:"));
            for (Hit hit : result.hits()) {
                out.printf(Locale.ROOT, "%n%s%n(%s:%d, id %s, confidence %.2f)%n%n%s%n", colors.bold("## " + hit.question()), hit.file(), hit.line(),
                        hit.id(), hit.confidence(), result.answered() ? hit.answer() : "");
                if (result.answered()) {
                    break;
                }
            }
            return OK;
        }
    }

    private int report(Config config) throws IOException {
        try (App app = App.open(config)) {
            app.reindex();
            out.print(app.report(REPORT_ENTRIES).markdown());
            return OK;
        }
    }

    private int eval(Config config, Args args) throws IOException {
        if (args.positional().size() != 1) {
            error("eval needs one TSV file, e.g. eval ../shared/eval/dev.tsv");
            return USAGE;
        }
        try (App app = App.open(config)) {
            app.reindex();
            EvalReport report = new Evaluator(app.searcher()).evaluate(EvalFile.read(Path.of(args.positional().get(0))));
            out.print(EvalText.format(report));
            return OK;
        }
    }
}
