package dev.reportflow.bench.latency;

import java.util.Arrays;

/** Nearest-rank percentiles of a set of latencies in milliseconds. */
public record Percentiles(int count, long p50, long p95, long p99, long max, double mean) {

    public static Percentiles of(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("No latencies to summarise");
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1],
                Arrays.stream(sorted).average().orElseThrow());
    }

    /** The smallest value with at least {@code percent}% of the values at or below it. */
    static long rank(long[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
