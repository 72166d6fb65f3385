package dev.reportflow.bench.kafka;

import dev.reportflow.config.AppConfig;
import dev.reportflow.config.ConnectionOptions;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configurations a run uses: reportflow's own files with the user's --config/-D layers, every
 * topic name and application id given the run's prefix. The pass-through baseline gets the very
 * same streams configuration minus reportflow's own exception handlers, so that guarantee, commit
 * interval, threads, and producer and consumer settings are equal by construction.
 */
public final class BenchSettings {

    private static final String[] REPORTFLOW_HANDLERS = {"deserialization.exception.handler",
            "processing.exception.handler", "production.exception.handler", "processing.exception.handler.global.enabled"};

    private final AppConfig streams;
    private final AppConfig submit;
    private final String prefix;
    private final AppConfig streamsBase;
    private final AppConfig submitBase;
    private final Map<String, String> submitOverrides;

    private BenchSettings(AppConfig streamsBase, AppConfig submitBase, Map<String, String> submitOverrides, String prefix,
                          Path stateDir) {
        Map<String, String> topicNames = Topics.from(streamsBase.asMap()).withPrefix(prefix).properties();
        Map<String, String> streamsOverrides = new LinkedHashMap<>(topicNames);
        streamsOverrides.put("application.id", prefix + "router");
        streamsOverrides.put("state.dir", stateDir.toString());
        Map<String, String> clientOverrides = new LinkedHashMap<>(topicNames);
        clientOverrides.put("client.id", prefix + "submit");
        clientOverrides.putAll(submitOverrides);
        this.streams = streamsBase.with(streamsOverrides);
        this.submit = submitBase.with(clientOverrides);
        this.prefix = prefix;
        this.streamsBase = streamsBase;
        this.submitBase = submitBase;
        this.submitOverrides = submitOverrides;
    }

    /** {@code connection} must already point at the cluster; {@code submitOverrides} apply to the client only. */
    public static BenchSettings of(ConnectionOptions connection, Map<String, String> submitOverrides, String prefix,
                                   Path stateDir) {
        return new BenchSettings(connection.load(ReportRouter.CONFIG_RESOURCE), connection.load(SubmissionClient.CONFIG_RESOURCE),
                Map.copyOf(submitOverrides), prefix, stateDir);
    }

    /** The same settings for another set of topics and application id ({@code infix} after the run's prefix), and state directory. */
    public BenchSettings withInfix(String infix, Path stateDir) {
        return new BenchSettings(streamsBase, submitBase, submitOverrides, prefix + infix, stateDir);
    }

    public AppConfig reportflowStreams() {
        return streams;
    }

    public Topics topics() {
        return Topics.from(streams.asMap());
    }

    /** The client configuration, sending to {@code topic} instead of the intake topic when given. */
    public AppConfig submitClient(String topic) {
        return topic == null ? submit : submit.with(Map.of("reportflow.topics.submitted", topic));
    }

    /** Kafka producer properties of the submission client, for the raw producer baseline. */
    public Map<String, Object> rawProducer() {
        return submit.kafkaProperties();
    }

    /** The reportflow app's Kafka Streams properties, for the pass-through baseline. */
    public Map<String, Object> passThroughStreams() {
        Map<String, Object> properties = new LinkedHashMap<>(streams.kafkaProperties());
        for (String handler : REPORTFLOW_HANDLERS) {
            properties.remove(handler);
        }
        properties.put("application.id", prefix + "passthrough");
        return properties;
    }

    public int partitions() {
        return streams.getInt("reportflow.topics.partitions");
    }

    public short replicationFactor() {
        return (short) streams.getInt("reportflow.topics.replication-factor");
    }

    public String maxMessageBytes() {
        return streams.get("reportflow.topics.max-message-bytes");
    }

    public String topicPrefix() {
        return prefix;
    }

    /** The settings that decide throughput and latency, as the run used them. */
    public Map<String, String> keySettings() {
        Map<String, String> key = new LinkedHashMap<>();
        for (String name : new String[]{"processing.guarantee", "commit.interval.ms", "num.stream.threads",
                "statestore.cache.max.bytes", "producer.linger.ms", "producer.batch.size",
                "producer.max.in.flight.requests.per.connection", "producer.compression.type",
                "reportflow.topics.partitions", "reportflow.topics.routed-partitions"}) {
            key.put("streams " + name, streams.get(name, "(Kafka default)"));
        }
        for (String name : new String[]{"acks", "enable.idempotence", "linger.ms", "batch.size", "compression.type"}) {
            key.put("submit " + name, submit.get(name, "(Kafka default)"));
        }
        return key;
    }
}
