package dev.reportflow.bench.recovery;

import dev.reportflow.bench.corpus.ReportSource;
import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.bench.kafka.BenchSettings;
import dev.reportflow.config.AppConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * Two streams instances in JVMs of their own (each with its own state directory, as on two hosts)
 * sharing the intake's partitions, the dedupe store's changelog holding many remembered
 * submissions; the one holding more of the intake's partitions is killed with SIGKILL and nothing
 * is restarted: the survivor must take its tasks over. Measured: the time from the kill until every
 * intake partition the killed instance held has its committed offset moved on (under exactly-once
 * the transaction that commits it is the one that makes its routed sections visible), and how many
 * changelog records the survivor restored to get there: with a standby replica it holds the state
 * already and restores only what the standby had not yet read. Also measured: when any section
 * routed after the kill is visible to a read_committed reader. The killed instance's open
 * transaction holds back every partition it wrote to (a routed topic's partition is shared by all
 * instances) until the broker aborts it at its timeout: the survivor has a transactional id of its
 * own and cannot abort it.
 */
public final class TakeoverRun {

    /** The survivor must have taken over within this, or the scenario reports a timeout. */
    private static final Duration GIVE_UP = Duration.ofSeconds(150);
    /** Two JVMs starting and restoring a million remembered submissions between them: minutes on a loaded machine. */
    private static final Duration STARTUP = Duration.ofMinutes(6);
    private static final double LOAD_PER_SECOND = 20;
    /**
     * Once the instances have worked off the submissions that arrived while they started (the
     * steady state a host is killed in): time for a standby to read its changelog up to date.
     */
    private static final Duration SETTLE = Duration.ofSeconds(30);
    /** Caught up: at most this many submissions (two seconds of the load) not yet committed. */
    private static final long CAUGHT_UP_LAG = (long) (2 * LOAD_PER_SECOND);
    private static final List<String> INSTANCES = List.of("bench-a", "bench-b");
    /** One way to run the two instances: Kafka's property names. */
    public record Scenario(String name, Map<String, String> levers) {
    }

    /**
     * A standby replica of every task first (the lever), then Kafka's default (none), then the
     * standby with a shorter transaction timeout: the survivor has a transactional id of its own,
     * so the killed instance's open transaction holds back what it reads until the broker aborts it.
     */
    public static final List<Scenario> SCENARIOS = List.of(
            new Scenario("one of two instances SIGKILLed, num.standby.replicas=1", Map.of("num.standby.replicas", "1")),
            new Scenario("one of two instances SIGKILLed, Kafka's default num.standby.replicas=0", Map.of("num.standby.replicas", "0")),
            new Scenario("one of two instances SIGKILLed, num.standby.replicas=1, producer.transaction.timeout.ms=5000",
                    Map.of("num.standby.replicas", "1", "producer.transaction.timeout.ms", "5000")));

    /**
     * Seconds from the SIGKILL until a section routed after it was visible (any instance's), and
     * until every intake partition the killed instance held was committed past its offset at the
     * kill; the changelog records the survivor restored meanwhile; how many of the intake's
     * partitions the killed instance held.
     */
    public record Result(String scenario, double toVisibleSeconds, double toRoutedSeconds, long restoredRecords, int takenOverPartitions) {

        public static Result failed(String scenario) {
            return new Result(scenario, Double.NaN, Double.NaN, -1, 0);
        }
    }

    private final BenchCluster cluster;
    private final BenchSettings base;
    private final ReportSource reports;
    private final Path out;
    private final PrintWriter progress;
    private final int firstReport;

    public TakeoverRun(BenchCluster cluster, BenchSettings base, ReportSource reports, int firstReport, Path out, PrintWriter progress) {
        this.cluster = cluster;
        this.base = base;
        this.reports = reports;
        this.firstReport = firstReport;
        this.out = out;
        this.progress = progress;
    }

    /** Two instances set as {@code how} says, {@code remembered} submissions in the dedupe store. */
    public Result afterKill(String scenario, Scenario how, String infix, int remembered) throws Exception {
        BenchSettings settings = base.withInfix(infix, Files.createTempDirectory("reportflow-bench-takeover-"));
        AppConfig config = settings.reportflowStreams().with(how.levers());
        String group = config.get("application.id");
        List<String> routed = RecoveryRun.createTopics(cluster, settings);
        step("%s: writing %,d remembered submissions to the dedupe store's changelog", scenario, remembered);
        DedupeChangelog.fill(cluster, config, remembered);
        Path log = out.resolve(infix.replace(".", "") + ".log");
        StreamsProcess[] running = new StreamsProcess[INSTANCES.size()];
        try {
            for (int i = 0; i < running.length; i++) {
                Path stateDir = Files.createTempDirectory("reportflow-bench-takeover-" + INSTANCES.get(i) + "-");
                running[i] = StreamsProcess.start(config.with(Map.of("client.id", INSTANCES.get(i), "state.dir", stateDir.toString())), log);
            }
            // the load starts once both run: on a loaded machine the starts take minutes, and the backlog as long to work off
            awaitStableGroup(group, running);
            return killOne(scenario, settings, routed, running);
        } finally {
            for (StreamsProcess instance : running) {
                if (instance != null) {
                    instance.close();
                }
            }
        }
    }

    /** Under the steady load, once caught up: SIGKILL of the instance holding more intake partitions, and the survivor timed. */
    private Result killOne(String scenario, BenchSettings settings, List<String> routed, StreamsProcess[] running) throws Exception {
        String group = settings.reportflowStreams().get("application.id");
        String intake = settings.topics().submitted();
        try (RoutedClock clock = new RoutedClock(cluster.bootstrapServers(), routed);
             SteadyLoad load = new SteadyLoad(settings.submitClient(null), reports, firstReport, LOAD_PER_SECOND)) {
            awaitCaughtUp(group, intake);
            TimeUnit.MILLISECONDS.sleep(SETTLE.toMillis());
            Map<String, Set<TopicPartition>> assignment = intakeAssignment(group, intake);
            String victimId = assignment.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                    .orElseThrow().getKey();
            int victim = INSTANCES.indexOf(victimId);
            StreamsProcess survivor = running[1 - victim];
            Set<TopicPartition> takenOver = assignment.get(victimId);
            long restoredBefore = survivor.restoredRecords();
            long killedNanos = System.nanoTime();
            long killedMillis = System.currentTimeMillis();
            running[victim].kill();
            clock.watchFrom(killedMillis);
            Map<TopicPartition, Long> atKill = committed(group, takenOver);
            double seconds = awaitCommittedPast(group, atKill, killedNanos);
            long visibleMillis = clock.awaitFirst(GIVE_UP);
            double visible = visibleMillis < 0 ? Double.NaN : (visibleMillis - killedMillis) / 1000.0;
            long restored = survivor.restoredRecords() - restoredBefore;
            Result result = new Result(scenario, visible, seconds, restored, takenOver.size());
            step("%s: SIGKILL of %s at %s (%d of the intake's partitions): routing visible again after %.1f s; %s committed on all of "
                            + "them after %.1f s, restoring %,d changelog records", scenario, victimId,
                    java.time.Instant.ofEpochMilli(killedMillis), takenOver.size(), visible, INSTANCES.get(1 - victim), seconds, restored);
            return result;
        }
    }

    /** Waits until both instances are RUNNING in a stable group of two. */
    private void awaitStableGroup(String group, StreamsProcess[] running) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            boolean allRunning = java.util.Arrays.stream(running).allMatch(p -> p.runningNanos() >= 0);
            if (allRunning) {
                ConsumerGroupDescription description = cluster.admin().describeConsumerGroups(List.of(group)).all().get().get(group);
                if (description.groupState() == GroupState.STABLE && description.members().size() == INSTANCES.size()) {
                    return;
                }
            }
            if (!java.util.Arrays.stream(running).allMatch(StreamsProcess::alive)) {
                throw new IllegalStateException("an instance exited before the group was stable");
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new IllegalStateException("the two instances never formed a stable group");
    }

    /** Waits until the group's committed offsets on the intake are within {@link #CAUGHT_UP_LAG} of its end. */
    private void awaitCaughtUp(String group, String intake) throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        Set<TopicPartition> partitions = cluster.admin().describeTopics(List.of(intake)).allTopicNames().get().get(intake).partitions()
                .stream().map(p -> new TopicPartition(intake, p.partition())).collect(Collectors.toSet());
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, Long> committed = committed(group, partitions);
            var ends = cluster.admin().listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                    .all().get();
            long lag = partitions.stream().mapToLong(p -> ends.get(p).offset() - Math.max(0, committed.get(p))).sum();
            if (lag <= CAUGHT_UP_LAG) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("the two instances never caught up with the load");
    }

    /** The intake's partitions each instance's stream thread holds, by its client id (the task that reads one holds its stores). */
    private Map<String, Set<TopicPartition>> intakeAssignment(String group, String intake) throws Exception {
        ConsumerGroupDescription description = cluster.admin().describeConsumerGroups(List.of(group)).all().get().get(group);
        return description.members().stream().collect(Collectors.groupingBy(
                member -> INSTANCES.stream().filter(member.clientId()::startsWith).findFirst().orElse(member.clientId()),
                Collectors.flatMapping(member -> member.assignment().topicPartitions().stream().filter(p -> p.topic().equals(intake)),
                        Collectors.toSet())));
    }

    private Map<TopicPartition, Long> committed(String group, Set<TopicPartition> partitions) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> all = cluster.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        return partitions.stream().collect(Collectors.toMap(p -> p, p -> all.get(p) == null ? -1L : all.get(p).offset()));
    }

    /** Seconds from {@code fromNanos} until every partition's committed offset is past its value in {@code atKill}, or NaN. */
    private double awaitCommittedPast(String group, Map<TopicPartition, Long> atKill, long fromNanos) throws Exception {
        long deadline = fromNanos + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, Long> now = committed(group, atKill.keySet());
            if (atKill.entrySet().stream().allMatch(e -> now.get(e.getKey()) > e.getValue())) {
                return (System.nanoTime() - fromNanos) / 1e9;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return Double.NaN;
    }

    private void step(String format, Object... args) {
        progress.printf("bench: " + format + "%n", args);
        progress.flush();
    }
}
