package io.github.asyncioanswers.bench;

import io.github.asyncioanswers.App;
import io.github.asyncioanswers.TempTree;
import io.github.asyncioanswers.config.Config;
import io.github.asyncioanswers.index.ReindexReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * In-process search latency: builds the index of the bundled notes or of a generated corpus,
 * warms up, then times every query of {@code bench/queries.txt} in several runs and prints the
 * median of each percentile. Run through {@code bench/search-latency.sh}.
 */
public final class SearchLatency {

    private static final int LIMIT = 5;
    private static final int SLOWEST = 8;

    private SearchLatency() {
    }

    public static void main(String[] args) throws IOException {
        BenchArgs options = BenchArgs.parse(args);
        Path notes = options.blocks() > 0 ? Files.createTempDirectory("bench-notes") : Path.of("notes");
        Path indexDir = Files.createTempDirectory("bench-index");
        try {
            measure(options, notes, indexDir);
        } finally {
            TempTree.delete(indexDir);
            if (options.blocks() > 0) {
                TempTree.delete(notes);
            }
        }
    }

    private static void measure(BenchArgs options, Path notes, Path indexDir) throws IOException {
        if (options.blocks() > 0) {
            Corpus.fromNotes(Path.of("notes")).write(options.blocks(), notes);
        }
        List<String> queries = Files.readAllLines(options.queries(), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        // The result cache would answer every round after the first: this measures the search itself.
        Config config = Config.defaults(notes, indexDir, 0).withSemantic(options.semantic())
                .withSearchCacheSize(0);
        try (App app = App.open(config)) {
            ReindexReport report = app.reindex();
            System.out.printf("corpus=%s blocks=%d semantic=%s indexed in %d ms; %d queries%n",
                    options.blocks() > 0 ? "generated" : "bundled", report.blocks(), options.semantic(),
                    report.took().toMillis(), queries.size());
            run(app, queries, options.warmupRounds());
            List<Percentiles> runs = new ArrayList<>();
            long[][] perQuery = new long[queries.size()][];
            for (int i = 0; i < options.runs(); i++) {
                long[] nanos = run(app, queries, options.rounds());
                runs.add(Percentiles.of(nanos));
                System.out.println("run " + (i + 1) + ": " + runs.get(i));
                perQuery = byQuery(nanos, queries.size());
            }
            System.out.println("MEDIAN of " + runs.size() + " runs: " + Percentiles.median(runs));
            printSlowest(queries, perQuery);
        }
    }

    /** The samples of one run grouped by question (the run asks them in order, round after round). */
    private static long[][] byQuery(long[] nanos, int queries) {
        long[][] grouped = new long[queries][nanos.length / queries];
        for (int i = 0; i < nanos.length; i++) {
            grouped[i % queries][i / queries] = nanos[i];
        }
        return grouped;
    }

    private static void printSlowest(List<String> queries, long[][] perQuery) {
        System.out.println("slowest questions (p50 of the last run):");
        IntStream.range(0, queries.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> Percentiles.of(perQuery[i]).p50()).reversed())
                .limit(SLOWEST).forEach(i -> System.out.printf("  %7.2f ms  %s%n", Percentiles.of(perQuery[i]).p50(),
                        queries.get(i)));
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
