package io.github.asyncioanswers.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Nearest-rank percentiles of latencies in nanoseconds, shown in milliseconds. */
record Percentiles(int samples, double p50, double p90, double p99, double max) {

    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, ms(rank(sorted, 50)), ms(rank(sorted, 90)), ms(rank(sorted, 99)),
                ms(sorted[sorted.length - 1]));
    }

    /** Each figure's median over several runs. */
    static Percentiles median(List<Percentiles> runs) {
        return new Percentiles(runs.get(0).samples, median(runs, Percentiles::p50), median(runs, Percentiles::p90),
                median(runs, Percentiles::p99), median(runs, Percentiles::max));
    }

    private static double median(List<Percentiles> runs, ToDoubleFunction<Percentiles> figure) {
        double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
        return values[values.length / 2];
    }

    private static long rank(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    @Override
    public String toString() {
        return String.format("samples=%d p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms", samples, p50, p90, p99, max);
    }
}
