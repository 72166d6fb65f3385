package dev.reportflow.bench.latency;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * The streams app's own metrics (its stream thread, its transactional producer and its consumer),
 * sampled on a fixed period while the latency phase runs and written as one CSV row per sample:
 * counters as their increase since the previous sample, gauges (maxima, averages) as they were. Set
 * beside {@code latency.csv}, it says what the app did while a submission waited: whether the thread
 * kept processing, how long commits took, whether the producer retried or waited for buffer space,
 * and (the {@code cpu:} columns, in ms) whether the stream thread got a core while the JIT compilers,
 * the garbage collector and everything else in this JVM took theirs.
 */
public final class StreamsMetricsTimeline implements AutoCloseable {

    /** Cumulative counters: written as their increase over the period. */
    private static final Set<String> COUNTERS = Set.of(
            "process-total", "commit-total", "poll-total", "punctuate-total",
            "record-send-total", "record-retry-total", "record-error-total", "request-total",
            "txn-commit-time-ns-total", "txn-begin-time-ns-total", "txn-send-offsets-time-ns-total", "flush-time-ns-total",
            "bufferpool-wait-time-ns-total", "records-consumed-total", "fetch-total", "blocked-time-ns-total");

    /** Gauges over the metric's own window: written as they were. */
    private static final Set<String> GAUGES = Set.of(
            "commit-latency-max", "poll-latency-max", "process-latency-max", "request-latency-max",
            "produce-throttle-time-max", "fetch-latency-max", "records-lag-max",
            "process-ratio", "poll-ratio", "commit-ratio", "punctuate-ratio");

    private static final Set<String> GROUPS = Set.of(
            "stream-thread-metrics", "producer-metrics", "consumer-fetch-manager-metrics");

    private final Supplier<Map<MetricName, ? extends Metric>> metrics;
    private final ScheduledExecutorService sampler;
    private final List<String> header = new ArrayList<>();
    private final List<String> rows = new ArrayList<>();
    private final Map<String, Double> previous = new LinkedHashMap<>();
    private final ThreadCpu cpu = new ThreadCpu();

    private StreamsMetricsTimeline(Supplier<Map<MetricName, ? extends Metric>> metrics, long periodMillis) {
        this.metrics = metrics;
        this.sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-metrics-timeline");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(this::sample, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Samples {@code metrics} (e.g. {@code KafkaStreams::metrics}) every {@code periodMillis}, the first time one period from now. */
    public static StreamsMetricsTimeline start(Supplier<Map<MetricName, ? extends Metric>> metrics, long periodMillis) {
        return new StreamsMetricsTimeline(metrics, periodMillis);
    }

    /** One row: what the metrics say now. Package-private so that a test can take samples at will. */
    synchronized void sample() {
        Map<String, Double> now = selected();
        now.putAll(cpu.millis());
        if (header.isEmpty()) {
            header.add("epoch_ms");
            header.addAll(now.keySet());
        }
        StringBuilder row = new StringBuilder().append(System.currentTimeMillis());
        for (String column : header.subList(1, header.size())) {
            double value = now.getOrDefault(column, Double.NaN);
            boolean counter = column.startsWith(ThreadCpu.PREFIX) || COUNTERS.contains(column.substring(column.indexOf(':') + 1));
            double written = counter ? value - previous.getOrDefault(column, value) : value;
            row.append(',').append(format(written));
            previous.put(column, value);
        }
        rows.add(row.toString());
    }

    /** The chosen metrics by "group:name", summed over clients and tags (one stream thread, one producer, one consumer). */
    private Map<String, Double> selected() {
        Map<String, Double> values = new TreeMap<>();
        for (var entry : metrics.get().entrySet()) {
            MetricName name = entry.getKey();
            boolean wanted = GROUPS.contains(name.group()) && (COUNTERS.contains(name.name()) || GAUGES.contains(name.name()))
                    && !name.tags().containsKey("topic") && !name.tags().containsKey("partition");
            if (wanted && entry.getValue().metricValue() instanceof Number number && Double.isFinite(number.doubleValue())) {
                String key = name.group().replace("-metrics", "") + ":" + name.name();
                boolean counter = COUNTERS.contains(name.name());
                values.merge(key, number.doubleValue(), counter ? Double::sum : Math::max);
            }
        }
        return values;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.3f", value);
    }

    /** Stops sampling and writes the CSV. */
    public synchronized void writeTo(Path file) throws IOException {
        sampler.shutdownNow();
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", header));
        lines.addAll(rows);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
