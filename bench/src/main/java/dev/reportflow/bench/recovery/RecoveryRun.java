package dev.reportflow.bench.recovery;

import dev.reportflow.bench.corpus.ReportSource;
import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.bench.kafka.BenchSettings;
import dev.reportflow.bench.report.Machine;
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

/**
 * Recovery of a streams instance that runs in a JVM of its own, under a steady load: SIGKILL, and
 * the time until routed sections are visible again once a new instance starts, for reportflow's
 * settings (static membership) and for Kafka's levers (dynamic membership; a session timeout); and the time a
 * new instance with an empty state directory takes to restore a dedupe store of a million
 * submissions and route again. Each scenario has topics and an application id of its own.
 */
public final class RecoveryRun {

    /** Routed sections must be visible again within this, or the scenario reports a timeout. */
    private static final Duration GIVE_UP = Duration.ofSeconds(150);
    private static final double LOAD_PER_SECOND = 20;
    /** How long to wait, after the first routed record, for the instance to log RUNNING (it may come later). */
    private static final Duration RUNNING_AFTER_ROUTED = Duration.ofSeconds(30);

    /**
     * One scenario, in seconds from the kill (from the JVM's start, for a restore): the new JVM's
     * KafkaStreams created (the JVM's own start, which a loaded machine stretches), the instance
     * RUNNING, the first routed section visible; whether it wiped a task's state on finding it
     * corrupted; the machine's 1-minute load average at the kill (at the start, for a restore).
     * {@link #kafkaSeconds()} is Kafka's part: from KafkaStreams created to routing visible.
     */
    public record Result(String scenario, boolean fullRestore, double toCreatedSeconds, double toRunningSeconds, double toRoutedSeconds,
                         boolean stateWiped, double startCpuSeconds, long submitted, long loadFailures, double loadAverage) {

        public double kafkaSeconds() {
            return toRoutedSeconds - toCreatedSeconds;
        }

        public static Result failed(String scenario, boolean fullRestore) {
            return new Result(scenario, fullRestore, Double.NaN, Double.NaN, Double.NaN, false, Double.NaN, 0, 0, Double.NaN);
        }
    }

    /**
     * One way to restart: client settings ({@code levers}, Kafka's property names), group-level
     * configs set on the application's group before it starts ({@code groupConfigs}, as
     * {@code kafka-configs --entity-type groups} would), and whether the replacement runs on a new
     * host (an empty state directory: a new process id, hence a new transactional id that cannot
     * abort the killed instance's open transaction, which the broker must time out).
     */
    public record Scenario(String name, Map<String, String> levers, Map<String, String> groupConfigs, boolean newHost) {
    }

    private static final Map<String, String> STREAMS = Map.of("group.protocol", "streams");
    private static final Map<String, String> STREAMS_SESSION_6S = Map.of("streams.session.timeout.ms", "6000",
            "streams.heartbeat.interval.ms", "1500");

    /** reportflow's settings: static membership, its group.instance.id from the state directory (StaticMembership). */
    private static final Scenario DEFAULT = new Scenario("SIGKILL, reportflow's settings", Map.of(), Map.of(), false);
    /** reportflow's settings before static membership became the default: a dynamic member, a 6 s session. */
    private static final Scenario DYNAMIC = new Scenario("SIGKILL, reportflow.streams.static-membership=false (the settings before)",
            Map.of("reportflow.streams.static-membership", "false"), Map.of(), false);

    /** SIGKILL and restart: reportflow's settings first (the target's row), then Kafka's levers. */
    public static final List<Scenario> KILL_SCENARIOS = List.of(
            DEFAULT,
            DYNAMIC,
            new Scenario("SIGKILL, Kafka's default session.timeout.ms=45000, static membership", Map.of("session.timeout.ms", "45000",
                    "heartbeat.interval.ms", "3000"), Map.of(), false),
            new Scenario("SIGKILL, Kafka's defaults: session.timeout.ms=45000, dynamic membership", Map.of("session.timeout.ms", "45000",
                    "heartbeat.interval.ms", "3000", "reportflow.streams.static-membership", "false"), Map.of(), false),
            new Scenario("SIGKILL, group.protocol=streams (KIP-1071)", STREAMS, Map.of(), false),
            new Scenario("SIGKILL, group.protocol=streams, group's streams.session.timeout.ms=6000", STREAMS, STREAMS_SESSION_6S, false),
            new Scenario("SIGKILL, new host", Map.of(), Map.of(), true),
            new Scenario("SIGKILL, new host, producer.transaction.timeout.ms=5000", Map.of("producer.transaction.timeout.ms", "5000"),
                    Map.of(), true));

    /** The same-host restart, static membership against the settings before it, alternated: pairs on a busy machine. */
    public static final List<Scenario> RESTART_PAIRS = List.of(DEFAULT, DYNAMIC, DEFAULT, DYNAMIC);

    /** A full restore: reportflow's settings first (the target's row), then Kafka's default for the restore consumer. */
    public static final List<Scenario> RESTORE_SCENARIOS = List.of(
            new Scenario("reportflow's settings", Map.of(), Map.of(), true),
            new Scenario("Kafka's default restore.consumer.max.poll.records=1000", Map.of("restore.consumer.max.poll.records", "1000"),
                    Map.of(), true));

    private final BenchCluster cluster;
    private final BenchSettings base;
    private final ReportSource reports;
    private final Path out;
    private final PrintWriter progress;
    /** The reports whose decisions shape the remembered ones: the same in every restore, so that the restores compare. */
    private final int templateReports;
    private int nextReport;

    public RecoveryRun(BenchCluster cluster, BenchSettings base, ReportSource reports, int firstReport, Path out,
                       PrintWriter progress) {
        this.cluster = cluster;
        this.base = base;
        this.reports = reports;
        this.nextReport = firstReport;
        this.templateReports = firstReport;
        this.out = out;
        this.progress = progress;
    }

    /**
     * SIGKILL of a running instance, then a new one started at once with the same settings and the
     * same state directory, or (on {@code newHost}) an empty one, as a replacement on another host
     * would have: a new process id, hence a new transactional id that cannot abort the killed
     * instance's open transaction, which the broker must time out.
     */
    public Result afterKill(Scenario how, String infix) throws Exception {
        String scenario = how.name();
        BenchSettings settings = base.withInfix(infix, Files.createTempDirectory("reportflow-bench-recovery-"));
        AppConfig config = settings.reportflowStreams().with(how.levers());
        List<String> routed = createTopics(cluster, settings);
        cluster.setGroupConfigs(config.get("application.id"), how.groupConfigs());
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
            double loadAtKill = Machine.loadAverageNow();
            first.kill();
            clock.watchFrom(killedMillis);
            AppConfig restarted = how.newHost()
                    ? config.with(Map.of("state.dir", Files.createTempDirectory("reportflow-bench-recovery-").toString())) : config;
            try (StreamsProcess second = StreamsProcess.start(restarted, log)) {
                long routedMillis = clock.awaitFirst(GIVE_UP);
                second.awaitRunning(RUNNING_AFTER_ROUTED);
                Result result = new Result(scenario, false, seconds(killedNanos, second.createdNanos()),
                        seconds(killedNanos, second.runningNanos()),
                        routedMillis < 0 ? Double.NaN : (routedMillis - killedMillis) / 1000.0, second.stateWiped(),
                        second.createdCpuSeconds(), load.submitted() - nextReport, load.failures(), loadAtKill);
                nextReport = load.submitted() + 1;
                step("%s: after the SIGKILL, KafkaStreams created in the new JVM %.1f s (%.1f CPU-s), RUNNING %.1f s, routing visible %.1f s "
                                + "(Kafka's part %.1f s; state wiped: %s; load average %.1f)", scenario, result.toCreatedSeconds(), result.startCpuSeconds(),
                        result.toRunningSeconds(), result.toRoutedSeconds(), result.kafkaSeconds(), result.stateWiped() ? "yes" : "no",
                        result.loadAverage());
                return result;
            }
        }
    }

    /**
     * A new instance with an empty state directory, its dedupe store's changelog already holding
     * {@code remembered} entries and its decisions stores' the routed decisions of {@code decisions} submissions.
     */
    public Result fullRestore(String scenario, Scenario how, String infix, int remembered, int decisions) throws Exception {
        BenchSettings settings = base.withInfix(infix, Files.createTempDirectory("reportflow-bench-restore-"));
        AppConfig config = settings.reportflowStreams().with(how.levers());
        List<String> routed = createTopics(cluster, settings);
        cluster.setGroupConfigs(config.get("application.id"), how.groupConfigs());
        step("%s: writing %,d remembered submissions to the dedupe store's changelog", scenario, remembered);
        DedupeChangelog.fill(cluster, config, remembered);
        if (decisions > 0) {
            DecisionsChangelog.Filled filled = DecisionsChangelog.fill(cluster, config, reports, templateReports, decisions);
            step("%s: wrote the decisions of %,d submissions to the decisions stores' changelogs: %,d entries, %,d MB", scenario,
                    decisions, filled.entries(), filled.bytes() >> 20);
        }
        Path log = out.resolve("recovery-" + infix.replace(".", "") + ".log");
        try (RoutedClock clock = new RoutedClock(cluster.bootstrapServers(), routed);
             SteadyLoad load = new SteadyLoad(settings.submitClient(null), reports, nextReport, LOAD_PER_SECOND)) {
            long startMillis = System.currentTimeMillis();
            double loadAtStart = Machine.loadAverageNow();
            clock.watchFrom(startMillis);
            try (StreamsProcess instance = StreamsProcess.start(config, log)) {
                long routedMillis = clock.awaitFirst(GIVE_UP);
                instance.awaitRunning(RUNNING_AFTER_ROUTED);
                Result result = new Result(scenario, true, seconds(instance.startedNanos(), instance.createdNanos()),
                        seconds(instance.startedNanos(), instance.runningNanos()),
                        routedMillis < 0 ? Double.NaN : (routedMillis - startMillis) / 1000.0, instance.stateWiped(),
                        instance.createdCpuSeconds(), load.submitted() - nextReport, load.failures(), loadAtStart);
                nextReport = load.submitted() + 1;
                step("%s: from the JVM's start, KafkaStreams created %.1f s (%.1f CPU-s), RUNNING %.1f s, routing visible %.1f s "
                                + "(Kafka's part %.1f s)", scenario, result.toCreatedSeconds(), result.startCpuSeconds(), result.toRunningSeconds(),
                        result.toRoutedSeconds(), result.kafkaSeconds());
                return result;
            }
        }
    }

    /** Creates the topics of {@code settings}' own application id; the routed topics, stamped with the broker's clock. */
    static List<String> createTopics(BenchCluster cluster, BenchSettings settings) throws Exception {
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
}
