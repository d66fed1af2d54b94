package io.github.asyncioanswers.bench;

import java.nio.file.Path;

/** Options of {@link SearchLatency}: {@code --blocks N} (0: the bundled notes), {@code --semantic}, rounds and runs. */
record BenchArgs(int blocks, boolean semantic, Path queries, int warmupRounds, int rounds, int runs) {

    static BenchArgs parse(String[] args) {
        BenchArgs options = new BenchArgs(0, false, Path.of("bench/queries.txt"), 5, 5, 5);
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            options = switch (args[i]) {
                case "--blocks" -> new BenchArgs(Integer.parseInt(value), options.semantic, options.queries,
                        options.warmupRounds, options.rounds, options.runs);
                case "--semantic" -> new BenchArgs(options.blocks, Boolean.parseBoolean(value), options.queries,
                        options.warmupRounds, options.rounds, options.runs);
                case "--queries" -> new BenchArgs(options.blocks, options.semantic, Path.of(value),
                        options.warmupRounds, options.rounds, options.runs);
                case "--warmup" -> new BenchArgs(options.blocks, options.semantic, options.queries,
                        Integer.parseInt(value), options.rounds, options.runs);
                case "--rounds" -> new BenchArgs(options.blocks, options.semantic, options.queries,
                        options.warmupRounds, Integer.parseInt(value), options.runs);
                case "--runs" -> new BenchArgs(options.blocks, options.semantic, options.queries,
                        options.warmupRounds, options.rounds, Integer.parseInt(value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            };
        }
        return options;
    }
}
