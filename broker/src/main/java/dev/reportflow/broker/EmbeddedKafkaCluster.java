package dev.reportflow.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A KRaft cluster of several nodes in this JVM, each broker and controller (as the compose file's
 * three), with the replication compose gives it: internal topics on 3 replicas, min ISR 2. A node
 * can be stopped, as a host lost, and started again with its data: the closest test of the compose
 * cluster on a machine without Docker.
 */
public final class EmbeddedKafkaCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaCluster.class);

    private final Path dataDir;
    private final String clusterId = Uuid.randomUuid().toString();
    private final int[] brokerPorts;
    private final int[] controllerPorts;
    /** Started nodes by index; a node is started and stopped by one thread at a time (the test's). */
    private final KafkaRaftServer[] servers;

    private EmbeddedKafkaCluster(Path dataDir, int nodes) {
        this.dataDir = dataDir;
        this.brokerPorts = IntStream.range(0, nodes).map(i -> EmbeddedKafkaBroker.freePort()).toArray();
        this.controllerPorts = IntStream.range(0, nodes).map(i -> EmbeddedKafkaBroker.freePort()).toArray();
        this.servers = new KafkaRaftServer[nodes];
    }

    /** Formats {@code nodes} fresh nodes and starts them all (they elect a controller among themselves). */
    public static EmbeddedKafkaCluster start(int nodes) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("reportflow-kafka-cluster-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the cluster's data directory", e);
        }
        EmbeddedKafkaCluster cluster = new EmbeddedKafkaCluster(dataDir, nodes);
        try {
            IntStream.range(0, nodes).forEach(cluster::format);
            // A node's startup waits for a quorum: all start at once, each on a thread of its own
            // (the common pool may have a single thread on a small machine).
            cluster.onEveryNode(cluster::startNode);
            return cluster;
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return IntStream.of(brokerPorts).mapToObj(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
    }

    public int nodes() {
        return servers.length;
    }

    /** Starts node {@code index} (0-based) with the data it had; nodes start concurrently (each waits for a quorum). */
    public void startNode(int index) {
        if (servers[index] != null) {
            return;
        }
        long started = System.nanoTime();
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties(index), false), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw e;
        }
        servers[index] = server;
        LOG.info("Embedded Kafka node {} listening on 127.0.0.1:{} (started in {} ms)", index + 1, brokerPorts[index],
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Stops node {@code index}, keeping its data, as a lost host would be before it comes back. */
    public void stopNode(int index) {
        KafkaRaftServer server = servers[index];
        servers[index] = null;
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
        }
    }

    @Override
    public void close() {
        onEveryNode(this::stopNode);
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dataDir, e.getMessage());
        }
    }

    private void onEveryNode(java.util.function.IntConsumer action) {
        ExecutorService threads = Executors.newFixedThreadPool(servers.length);
        try {
            List<CompletableFuture<Void>> all = new ArrayList<>();
            for (int i = 0; i < servers.length; i++) {
                int index = i;
                all.add(CompletableFuture.runAsync(() -> action.accept(index), threads));
            }
            CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        } finally {
            threads.shutdown();
        }
    }

    private Properties properties(int index) {
        int nodeId = index + 1;
        Map<String, String> config = new LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(nodeId));
        config.put("controller.quorum.voters", IntStream.range(0, servers.length)
                .mapToObj(i -> (i + 1) + "@127.0.0.1:" + controllerPorts[i]).collect(Collectors.joining(",")));
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPorts[index] + ",CONTROLLER://127.0.0.1:" + controllerPorts[index]);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPorts[index]);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", logs(index).toString());
        // as docker-compose.yml: three replicas of everything, two in sync to accept a write
        int replicas = Math.min(3, servers.length);
        config.put("default.replication.factor", String.valueOf(replicas));
        config.put("min.insync.replicas", String.valueOf(Math.min(2, replicas)));
        config.put("offsets.topic.replication.factor", String.valueOf(replicas));
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.replication.factor", String.valueOf(replicas));
        config.put("transaction.state.log.min.isr", String.valueOf(Math.min(2, replicas)));
        config.put("transaction.state.log.num.partitions", "5");
        // The transaction of a killed producer whose transactional id does not come back (a streams
        // instance replaced on another host) is aborted once its transaction.timeout.ms has passed,
        // by a sweep every this often (Kafka's default 10 s, as long as the Streams producer's
        // timeout): a second sweep keeps that wait at the timeout (docs/benchmarks.md, "Session 5").
        config.put("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
        // Kafka's defaults for streams groups (KIP-1071), but a group may be given a session as short
        // as 6 s (its streams.session.timeout.ms): the broker's default floor of 45 s would hold a
        // killed instance's tasks that long (docs/benchmarks.md, "Session 5").
        config.put("group.streams.min.session.timeout.ms", "6000");
        config.put("group.streams.min.heartbeat.interval.ms", "1000");
        config.put("share.coordinator.state.topic.replication.factor", String.valueOf(replicas));
        config.put("share.coordinator.state.topic.min.isr", String.valueOf(Math.min(2, replicas)));
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "false");
        config.put("message.max.bytes", String.valueOf(8 * 1024 * 1024));
        config.put("replica.fetch.max.bytes", String.valueOf(8 * 1024 * 1024));
        Properties properties = new Properties();
        properties.putAll(config);
        return properties;
    }

    private Path logs(int index) {
        return dataDir.resolve("node-" + (index + 1));
    }

    private void format(int index) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setClusterId(clusterId)
                    .setNodeId(index + 1)
                    .addDirectory(logs(index).toString())
                    .setMetadataLogDirectory(logs(index).toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format node " + (index + 1) + " in " + logs(index), e);
        }
    }

}
