package dev.reportflow.bench.recovery;

import dev.reportflow.bench.corpus.ReportSource;
import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.bench.kafka.BenchSettings;
import dev.reportflow.config.AppConfig;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.topics.TopicSetup;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recovery of a streams instance that runs in a JVM of its own, under a steady load: SIGKILL, and
 * the time until routed sections are visible again once a new instance starts, for reportflow's
 * settings and for Kafka's levers (static membership; a shorter session timeout); and the time a
 * new instance with an empty state directory takes to restore a dedupe store of a million
 * submissions and route again. Each scenario has topics and an application id of its own.
 */
public final class RecoveryRun {

    /** Routed sections must be visible again within this, or the scenario reports a timeout. */
    private static final Duration GIVE_UP = Duration.ofSeconds(150);
    private static final double LOAD_PER_SECOND = 20;

    /** One scenario: from the kill (or the start, for a restore) to the new instance RUNNING and to the first visible section. */
    public record Result(String scenario, double toStreamsStartedSeconds, double toRunningSeconds, double toRoutedSeconds,
                         long submitted, long loadFailures) {
    }

    private final BenchCluster cluster;
    private final BenchSettings base;
    private final ReportSource reports;
    private final Path out;
    private final PrintWriter progress;
    private int nextReport;

    public RecoveryRun(BenchCluster cluster, BenchSettings base, ReportSource reports, int firstReport, Path out,
                       PrintWriter progress) {
        this.cluster = cluster;
        this.base = base;
        this.reports = reports;
        this.nextReport = firstReport;
        this.out = out;
        this.progress = progress;
    }

    /** SIGKILL of a running instance, then a new one started at once with the same state directory and settings. */
    public Result afterKill(String scenario, String infix, Map<String, String> levers) throws Exception {
        BenchSettings settings = base.withInfix(infix, Files.createTempDirectory("reportflow-bench-recovery-"));
        AppConfig config = settings.reportflowStreams().with(levers);
        List<String> routed = createTopics(settings);
        Path log = out.resolve("recovery-" + infix.replace(".", "") + ".log");
        try (RoutedClock clock = new RoutedClock(cluster.bootstrapServers(), routed);
             SteadyLoad load = new SteadyLoad(settings.submitClient(null), reports, nextReport, LOAD_PER_SECOND)) {
            StreamsProcess first = StreamsProcess.start(config, log);
            clock.watchFrom(System.currentTimeMillis());
            if (clock.awaitFirst(GIVE_UP) < 0) {
                first.close();
                throw new IllegalStateException(scenario + ": the first instance never routed (log: " + log + ")");
            }
            Thread.sleep(5_000);
            long killedMillis = System.currentTimeMillis();
            long killedNanos = System.nanoTime();
            first.kill();
            clock.watchFrom(killedMillis);
            try (StreamsProcess second = StreamsProcess.start(config, log)) {
                long routedMillis = clock.awaitFirst(GIVE_UP);
                Result result = new Result(scenario, seconds(killedNanos, second.streamsStartedNanos()),
                        seconds(killedNanos, second.runningNanos()),
                        routedMillis < 0 ? Double.NaN : (routedMillis - killedMillis) / 1000.0, load.submitted() - nextReport, load.failures());
                nextReport = load.submitted() + 1;
                step("%s: the new JVM's streams started %.1f s after the SIGKILL, RUNNING after %.1f s, routing visible after %.1f s",
                        scenario, result.toStreamsStartedSeconds(), result.toRunningSeconds(), result.toRoutedSeconds());
                return result;
            }
        }
    }

    /** A new instance with an empty state directory, its dedupe store's changelog already holding {@code remembered} entries. */
    public Result fullRestore(String scenario, String infix, int remembered, Map<String, String> levers) throws Exception {
        BenchSettings settings = base.withInfix(infix, Files.createTempDirectory("reportflow-bench-restore-"));
        AppConfig config = settings.reportflowStreams().with(levers);
        List<String> routed = createTopics(settings);
        step("%s: writing %,d remembered submissions to the dedupe store's changelog", scenario, remembered);
        DedupeChangelog.fill(cluster, config, remembered);
        Path log = out.resolve("recovery-" + infix.replace(".", "") + ".log");
        try (RoutedClock clock = new RoutedClock(cluster.bootstrapServers(), routed);
             SteadyLoad load = new SteadyLoad(settings.submitClient(null), reports, nextReport, LOAD_PER_SECOND)) {
            long startMillis = System.currentTimeMillis();
            clock.watchFrom(startMillis);
            try (StreamsProcess instance = StreamsProcess.start(config, log)) {
                long routedMillis = clock.awaitFirst(GIVE_UP);
                Result result = new Result(scenario, seconds(instance.startedNanos(), instance.streamsStartedNanos()),
                        seconds(instance.startedNanos(), instance.runningNanos()),
                        routedMillis < 0 ? Double.NaN : (routedMillis - startMillis) / 1000.0, load.submitted() - nextReport, load.failures());
                nextReport = load.submitted() + 1;
                step("%s: streams started %.1f s after the JVM's start, RUNNING after %.1f s, routing visible after %.1f s", scenario,
                        result.toStreamsStartedSeconds(), result.toRunningSeconds(), result.toRoutedSeconds());
                return result;
            }
        }
    }

    private List<String> createTopics(BenchSettings settings) throws Exception {
        var required = new TopicSetup(settings.reportflowStreams()).required();
        cluster.create(required.values());
        Topics topics = settings.topics();
        List<String> routed = new ArrayList<>(required.keySet().stream().filter(t -> t.startsWith(topics.routedPrefix())).toList());
        cluster.useLogAppendTime(routed);
        return routed;
    }

    private static double seconds(long fromNanos, long toNanos) {
        return toNanos < 0 ? Double.NaN : (toNanos - fromNanos) / 1e9;
    }

    private void step(String format, Object... args) {
        progress.printf("bench: " + format + "%n", args);
        progress.flush();
    }

    /** Kafka's levers, by name. */
    public static Map<String, String> levers(String... keyValues) {
        Map<String, String> levers = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            levers.put(keyValues[i], keyValues[i + 1]);
        }
        return levers;
    }
}
