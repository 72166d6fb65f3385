package dev.reportflow.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
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
 * Kafka's own KRaft broker (combined broker and controller, one node) running in this JVM, on
 * loopback ports chosen at start. It is a real broker: transactions, compaction, ACLs and
 * LogAppendTime behave as on a cluster. {@link #stop()} and {@link #start()} restart it on the
 * same ports and data, which crash tests use. {@link #startSecured} starts one that requires TLS and
 * SCRAM logins and enforces ACLs.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    /** The secured broker's client listener (and the one it talks to itself on): its name, and its protocol. */
    private static final String SECURED_LISTENER = "SASL_SSL";

    private final Path dataDir;
    private final int brokerPort;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private final ScramSecurity security;
    private final BrokerCertificates certificates;
    private KafkaRaftServer server;

    private EmbeddedKafkaBroker(Path dataDir, Map<String, String> overrides, ScramSecurity security,
                                BrokerCertificates certificates) {
        this.dataDir = dataDir;
        this.brokerPort = freePort();
        this.controllerPort = freePort();
        this.overrides = Map.copyOf(overrides);
        this.security = security;
        this.certificates = certificates;
    }

    /** Formats a fresh temporary data directory and starts the broker. */
    public static EmbeddedKafkaBroker startFresh() {
        return startFresh(Map.of());
    }

    /** As {@link #startFresh()}, with broker properties that override the single-node defaults. */
    public static EmbeddedKafkaBroker startFresh(Map<String, String> brokerOverrides) {
        return startFormatted(brokerOverrides, null);
    }

    /**
     * As {@link #startFresh()}, but secured: clients connect over TLS and log in with SCRAM-SHA-256 as
     * one of the security's users ({@link #clientProperties(String)}), and ACLs decide what they may
     * do. The certificates are made at start ({@link BrokerCertificates}).
     *
     * <p>No listener lets anyone in anonymously. The controller listener speaks mutual TLS: only a
     * client showing the broker's own certificate gets through, and that principal is, with the
     * security's super user, the only super user. (SCRAM cannot guard it: the controller serves the
     * SCRAM credentials from the metadata log, so it cannot ask for them before it has read that log.)
     */
    public static EmbeddedKafkaBroker startSecured(ScramSecurity security) {
        return startFormatted(Map.of(), security);
    }

    private static EmbeddedKafkaBroker startFormatted(Map<String, String> brokerOverrides, ScramSecurity security) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("reportflow-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the broker's data directory", e);
        }
        BrokerCertificates certificates;
        try {
            certificates = security == null ? null : BrokerCertificates.generate(dataDir.resolve("tls"));
        } catch (RuntimeException e) {
            deleteRecursively(dataDir);
            throw e;
        }
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dataDir, brokerOverrides, security, certificates);
        try {
            broker.format();
            broker.start();
            return broker;
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** Where the controller listens (bootstrap.controllers); on a secured broker, for the broker alone. */
    public String controllerAddress() {
        return "127.0.0.1:" + controllerPort;
    }

    /** bootstrap.servers, TLS and the login of {@code user}, for a client of a secured broker. */
    public Map<String, Object> clientProperties(String user) {
        if (security == null) {
            throw new IllegalStateException("This broker was started without security: no login needed");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("bootstrap.servers", bootstrapServers());
        properties.put("security.protocol", "SASL_SSL");
        properties.putAll(certificates.truststoreProperties());
        properties.putAll(security.login(user));
        return properties;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        long started = System.nanoTime();
        KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(brokerProperties(), false), Time.SYSTEM);
        try {
            starting.startup();
        } catch (RuntimeException e) {
            starting.shutdown();
            throw e;
        }
        server = starting;
        LOG.info("Embedded Kafka broker listening on {} (started in {} ms, data in {})", bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000, dataDir);
    }

    /** Stops the broker, keeping its data, as a crash or maintenance restart would. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    @Override
    public synchronized void close() {
        stop();
        deleteRecursively(dataDir);
    }

    private Properties brokerProperties() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        config.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("log.dirs", dataDir.resolve("logs").toString());
        // One node: internal topics must not ask for replicas that cannot exist, or Streams and
        // transactions wait forever.
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
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
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "false");
        config.put("message.max.bytes", String.valueOf(8 * 1024 * 1024));
        if (security != null) {
            config.putAll(securedProperties());
        }
        config.putAll(overrides);
        Properties properties = new Properties();
        properties.putAll(config);
        return properties;
    }

    /** TLS and SCRAM on the client listener, mutual TLS on the controller's, and ACLs for everyone but the two super users. */
    private Map<String, String> securedProperties() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("listeners", SECURED_LISTENER + "://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", SECURED_LISTENER + "://127.0.0.1:" + brokerPort);
        config.put("listener.security.protocol.map", SECURED_LISTENER + ":SASL_SSL,CONTROLLER:SSL");
        config.put("inter.broker.listener.name", SECURED_LISTENER);
        config.putAll(certificates.brokerProperties());
        config.put("listener.name.controller.ssl.client.auth", "required");
        config.putAll(security.brokerProperties(SECURED_LISTENER));
        config.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        config.put("super.users", "User:" + security.superUser() + ";User:" + BrokerCertificates.BROKER_SUBJECT);
        config.put("allow.everyone.if.no.acl.found", "false");
        return config;
    }

    private void format() {
        Path logs = dataDir.resolve("logs");
        try {
            Formatter formatter = new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(NODE_ID)
                    .addDirectory(logs.toString())
                    .setMetadataLogDirectory(logs.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION);
            if (security != null) {
                formatter.setScramArguments(security.formatterArguments());
            }
            formatter.run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the embedded broker's storage in " + logs, e);
        }
    }

    /** A loopback port free at the time of asking (the cluster's nodes take theirs the same way). */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}
