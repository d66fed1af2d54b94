package io.github.asyncioanswers.bench;

import io.github.asyncioanswers.App;
import io.github.asyncioanswers.config.Config;
import io.github.asyncioanswers.index.ReindexReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * In-process search latency: builds the index of the bundled notes or of a generated corpus,
 * warms up, then times every query of {@code bench/queries.txt} in several runs and prints the
 * median of each percentile. Run through {@code bench/search-latency.sh}.
 */
public final class SearchLatency {

    private static final int LIMIT = 5;

    private SearchLatency() {
    }

    public static void main(String[] args) throws IOException {
        BenchArgs options = BenchArgs.parse(args);
        Path notes = options.blocks() > 0 ? Files.createTempDirectory("bench-notes") : Path.of("notes");
        if (options.blocks() > 0) {
            Corpus.fromNotes(Path.of("notes")).write(options.blocks(), notes);
        }
        List<String> queries = Files.readAllLines(options.queries(), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        Config config = Config.defaults(notes, Files.createTempDirectory("bench-index"), 0).withSemantic(options.semantic());
        try (App app = App.open(config)) {
            ReindexReport report = app.reindex();
            System.out.printf("corpus=%s blocks=%d semantic=%s indexed in %d ms; %d queries%n",
                    options.blocks() > 0 ? "generated" : "bundled", report.blocks(), options.semantic(),
                    report.took().toMillis(), queries.size());
            run(app, queries, options.warmupRounds());
            List<Percentiles> runs = new ArrayList<>();
            for (int i = 0; i < options.runs(); i++) {
                runs.add(Percentiles.of(run(app, queries, options.rounds())));
                System.out.println("run " + (i + 1) + ": " + runs.get(i));
            }
            System.out.println("MEDIAN of " + runs.size() + " runs: " + Percentiles.median(runs));
        }
    }

    private static long[] run(App app, List<String> queries, int rounds) throws IOException {
        long[] nanos = new long[queries.size() * rounds];
        int i = 0;
        for (int round = 0; round < rounds; round++) {
            for (String query : queries) {
                long start = System.nanoTime();
                app.searcher().search(query, LIMIT);
                nanos[i++] = System.nanoTime() - start;
            }
        }
        return nanos;
    }
}
