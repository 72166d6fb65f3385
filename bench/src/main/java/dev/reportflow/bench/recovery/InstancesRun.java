package dev.reportflow.bench.recovery;

import dev.reportflow.bench.corpus.Corpus;
import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.bench.kafka.BenchSettings;
import dev.reportflow.bench.pipeline.FloodRun;
import dev.reportflow.bench.pipeline.RoutedOutcomes;
import dev.reportflow.bench.corpus.ReportSource;
import dev.reportflow.config.AppConfig;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.topics.TopicSetup;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Streams instances in JVMs of their own sharing the intake's partitions on one cluster: the
 * throughput of one and of two (each with its own state directory, as on two hosts), with the CPU
 * of every JVM involved, and the longest pause in visible routing when a second instance joins
 * and when it leaves (SIGTERM: a clean leave), under a steady load.
 */
public final class InstancesRun {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    /** Pauses are looked for this long after the join or the leave. */
    private static final Duration WATCH = Duration.ofSeconds(20);
    private static final double LOAD_PER_SECOND = 20;

    /** A flood through {@code instances} instances: reports/s and CPU-ms per report of all JVMs. */
    public record Flood(int instances, double reportsPerSecond, double cpuMillisPerReport) {
    }

    public record Result(Flood one, Flood two, long joinPauseMillis, long leavePauseMillis) {
    }

    private final BenchCluster cluster;
    private final BenchSettings base;
    private final ReportSource reports;
    private final Path out;
    private final PrintWriter progress;

    public InstancesRun(BenchCluster cluster, BenchSettings base, ReportSource reports, Path out, PrintWriter progress) {
        this.cluster = cluster;
        this.base = base;
        this.reports = reports;
        this.out = out;
        this.progress = progress;
    }

    /** Floods {@code corpus} (twice over: one instance, then two) and then measures a join and a leave. */
    public Result run(Corpus warmup, Corpus corpus, int steadyFrom, int offices) throws Exception {
        Flood one = flood("instances-1.", 1, warmup, corpus, offices);
        Flood two = flood("instances-2.", 2, warmup, corpus, offices);
        BenchSettings settings = base.withInfix("rebalance.", Files.createTempDirectory("reportflow-bench-rebalance-a-"));
        Topics topics = createTopics(settings);
        Path log = out.resolve("instances-rebalance.log");
        try (RoutedClock clock = new RoutedClock(cluster.bootstrapServers(), routedTopics(settings, topics));
             SteadyLoad load = new SteadyLoad(settings.submitClient(null), reports, steadyFrom, LOAD_PER_SECOND);
             StreamsProcess first = StreamsProcess.start(settings.reportflowStreams(), log)) {
            clock.watchFrom(System.currentTimeMillis());
            if (clock.awaitFirst(TIMEOUT) < 0) {
                throw new IllegalStateException("The first instance never routed (log: " + log + ")");
            }
            TimeUnit.SECONDS.sleep(5);
            long joined = System.currentTimeMillis();
            AppConfig secondConfig = settings.reportflowStreams().with(Map.of("state.dir",
                    Files.createTempDirectory("reportflow-bench-rebalance-b-").toString()));
            StreamsProcess second = StreamsProcess.start(secondConfig, log);
            TimeUnit.MILLISECONDS.sleep(WATCH.toMillis());
            long joinPause = clock.longestPause(joined, System.currentTimeMillis());
            long left = System.currentTimeMillis();
            second.close();
            TimeUnit.MILLISECONDS.sleep(WATCH.toMillis());
            long leavePause = clock.longestPause(left, System.currentTimeMillis());
            step("a second instance joining paused visible routing for at most %,d ms, its leaving for %,d ms", joinPause, leavePause);
            return new Result(one, two, joinPause, leavePause);
        }
    }

    private Flood flood(String infix, int instances, Corpus warmup, Corpus corpus, int offices) throws Exception {
        BenchSettings settings = base.withInfix(infix, Files.createTempDirectory("reportflow-bench-instances-"));
        Topics topics = createTopics(settings);
        Path log = out.resolve("instances-" + instances + ".log");
        List<StreamsProcess> running = new ArrayList<>();
        try {
            for (int i = 0; i < instances; i++) {
                AppConfig config = settings.reportflowStreams().with(Map.of("state.dir",
                        Files.createTempDirectory("reportflow-bench-instance-").toString()));
                running.add(StreamsProcess.start(config, log));
            }
            List<String> outputs = new ArrayList<>(List.of(topics.classified(), topics.rejected()));
            outputs.addAll(routedTopics(settings, topics));
            FloodRun.run(cluster.bootstrapServers(), outputs, new RoutedOutcomes(topics, (id, routed, read) -> { }),
                    settings.submitClient(null), warmup, offices, TIMEOUT);
            double childCpuBefore = childCpuSeconds(running);
            FloodRun.Result result = FloodRun.run(cluster.bootstrapServers(), outputs,
                    new RoutedOutcomes(topics, (id, routed, read) -> { }), settings.submitClient(null), corpus, offices, TIMEOUT);
            double childCpu = childCpuSeconds(running) - childCpuBefore;
            // this JVM holds the broker, the offices and the reader; the instances are the child JVMs
            double thisJvm = result.cpuSeconds().values().stream().mapToDouble(Double::doubleValue).sum();
            Flood flood = new Flood(instances, result.endToEnd().recordsPerSecond(),
                    1000 * (thisJvm + childCpu) / result.endToEnd().records());
            step("%d instance(s) in JVMs of their own: %.0f reports/s, %.2f CPU-ms per report (all JVMs)", instances,
                    flood.reportsPerSecond(), flood.cpuMillisPerReport());
            return flood;
        } finally {
            for (StreamsProcess instance : running) {
                instance.close();
            }
        }
    }

    private static double childCpuSeconds(List<StreamsProcess> instances) {
        return instances.stream().mapToDouble(StreamsProcess::cpuSeconds).sum();
    }

    private Topics createTopics(BenchSettings settings) throws Exception {
        cluster.create(new TopicSetup(settings.reportflowStreams()).required().values());
        cluster.useLogAppendTime(routedTopics(settings, settings.topics()));
        return settings.topics();
    }

    private static List<String> routedTopics(BenchSettings settings, Topics topics) {
        return new TopicSetup(settings.reportflowStreams()).required().keySet().stream()
                .filter(t -> t.startsWith(topics.routedPrefix())).toList();
    }

    private void step(String format, Object... args) {
        progress.printf("bench: " + format + "%n", args);
        progress.flush();
    }
}
