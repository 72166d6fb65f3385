package dev.reportflow.bench.report;

/** {@code records} of {@code bytes} in all, moved in {@code seconds}. MB are 10^6 bytes. */
public record Throughput(long records, long bytes, double seconds) {

    public double recordsPerSecond() {
        return records / seconds;
    }

    public double megabytesPerSecond() {
        return bytes / 1e6 / seconds;
    }

    /** How this rate compares to {@code baseline}'s, records per second. */
    public double ratioTo(Throughput baseline) {
        return recordsPerSecond() / baseline.recordsPerSecond();
    }

    public static Throughput since(long startNanos, long endNanos, long records, long bytes) {
        return new Throughput(records, bytes, (endNanos - startNanos) / 1e9);
    }
}
