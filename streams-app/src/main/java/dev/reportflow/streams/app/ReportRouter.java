package dev.reportflow.streams.app;

import dev.reportflow.config.AppConfig;
import dev.reportflow.streams.ReportRoutingTopology;
import dev.reportflow.streams.topics.TopicSetup;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the routing topology: checks that the cluster answers and every topic exists, starts Kafka
 * Streams, logs its state transitions, and closes cleanly.
 */
public final class ReportRouter implements AutoCloseable {

    public static final String CONFIG_RESOURCE = "reportflow-streams.properties";
    private static final Logger LOG = LoggerFactory.getLogger(ReportRouter.class);

    private final KafkaStreams streams;
    private final ThreadDeaths threadDeaths;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private ReportRouter(KafkaStreams streams, ThreadDeaths threadDeaths) {
        this.streams = streams;
        this.threadDeaths = threadDeaths;
    }

    /** Checks the cluster and topics, then starts; throws {@link StartupException} with a clear message. */
    public static ReportRouter start(AppConfig configured) {
        int intakePartitions = checkClusterAndTopics(configured);
        AppConfig config;
        try {
            config = StaticMembership.apply(configured);
        } catch (UncheckedIOException e) {
            throw new StartupException(e.getMessage() + ": " + e.getCause().getMessage());
        }
        Properties properties = new Properties();
        properties.putAll(config.asMap());
        KafkaStreams streams = new KafkaStreams(ReportRoutingTopology.build(config, intakePartitions), properties);
        ReportRouter router = new ReportRouter(streams,
                new ThreadDeaths(Duration.parse(config.get("reportflow.health.thread-death-window")), Clock.systemUTC()));
        streams.setStateListener((now, before) -> {
            LOG.info("Streams state {} -> {}", before, now);
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                router.stopped.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            router.threadDeaths.record();
            if (fencedInstance(e)) {
                // A replaced thread would rejoin with the same id and fence the other instance in turn, back and forth.
                LOG.error("Another instance joined the group with this instance's group.instance.id ({}): two instances run "
                        + "with one id, e.g. from a copied state directory. Stopping this one. Give each instance its own state "
                        + "directory (delete {} in the copy), or its own group.instance.id.", config.get("group.instance.id", "?"),
                        StaticMembership.ID_FILE, e);
                return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
            }
            LOG.error("A stream thread died; replacing it (exactly-once restores its task from the last commit)", e);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        try {
            streams.start();
        } catch (RuntimeException e) {
            streams.close(Duration.ofSeconds(30));
            throw new StartupException("The streams app could not start: " + e.getMessage());
        }
        return router;
    }

    /** Waits until the app is RUNNING (all tasks assigned and restored). */
    public void awaitRunning(Duration timeout) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("The streams app is still " + streams.state() + " after " + timeout);
            }
            if (!streams.state().isRunningOrRebalancing() && streams.state() != KafkaStreams.State.CREATED) {
                throw new IllegalStateException("The streams app stopped: " + streams.state());
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    /** Blocks until the app stops (close() from a shutdown hook, or a fatal error). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** The running app, for binding its metrics ({@code MetricsServer.forKafkaStreams}). */
    public KafkaStreams streams() {
        return streams;
    }

    /** The stream threads that died lately, each a bug: /health reports a loop of them as down. */
    public ThreadDeaths threadDeaths() {
        return threadDeaths;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /**
     * Closes cleanly and leaves the group: Kafka Streams otherwise stays a member (a static one by
     * default here), and its partitions would wait for its session to expire before another
     * instance takes them. A restart on the same host joins again at once either way.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.timeout(Duration.ofSeconds(30)).withGroupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP));
    }

    private static boolean fencedInstance(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof FencedInstanceIdException) {
                return true;
            }
        }
        return false;
    }

    /** Checks that the cluster answers and every topic exists; returns the intake topic's partition count. */
    private static int checkClusterAndTopics(AppConfig config) {
        String servers = config.get("bootstrap.servers");
        int timeoutMs = config.getInt("reportflow.startup.check-timeout-ms");
        Map<String, Object> adminConfig = new java.util.HashMap<>(config.connectionProperties());
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
        try (Admin admin = Admin.create(adminConfig)) {
            admin.describeCluster().clusterId().get(timeoutMs, TimeUnit.MILLISECONDS);
            TopicSetup setup = new TopicSetup(config);
            // The app needs every topic but the auditors' checkpoints (it has no access to those).
            Map<String, org.apache.kafka.clients.admin.NewTopic> used = new java.util.LinkedHashMap<>(setup.required());
            used.remove(dev.reportflow.schemas.Topics.from(config.asMap()).auditCheckpoints());
            Set<String> missing = setup.missing(admin, used);
            if (!missing.isEmpty()) {
                throw new StartupException("Topics are missing (or this principal may not describe them): "
                        + String.join(", ", missing) + ". Create them with `reportflow topics create --bootstrap-server "
                        + servers + "`, or grant access with `reportflow acl apply`.");
            }
            dev.reportflow.schemas.Topics topics = dev.reportflow.schemas.Topics.from(config.asMap());
            var described = admin.describeTopics(List.of(topics.submitted(), topics.corrections()))
                    .allTopicNames().get(timeoutMs, TimeUnit.MILLISECONDS);
            int intakePartitions = described.get(topics.submitted()).partitions().size();
            int correctionPartitions = described.get(topics.corrections()).partitions().size();
            if (correctionPartitions != intakePartitions) {
                // A correction is applied by the task that holds its report: the one of its content hash's intake partition.
                throw new StartupException(topics.corrections() + " has " + correctionPartitions + " partition(s) and "
                        + topics.submitted() + " " + intakePartitions + ": they need the same number. Recreate "
                        + topics.corrections() + " with " + intakePartitions + " partitions.");
            }
            return intakePartitions;
        } catch (TimeoutException | ExecutionException e) {
            throw new UnreachableClusterException("Cannot reach Kafka at " + servers + " (" + rootMessage(e) + ").");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("Interrupted while checking Kafka at " + servers);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** The app cannot start; the message says why and what to do. */
    public static class StartupException extends RuntimeException {
        public StartupException(String message) {
            super(message);
        }
    }

    /** The app cannot start because the cluster did not answer (its own exit code: the cause is elsewhere). */
    public static final class UnreachableClusterException extends StartupException {
        public UnreachableClusterException(String message) {
            super(message);
        }
    }
}
