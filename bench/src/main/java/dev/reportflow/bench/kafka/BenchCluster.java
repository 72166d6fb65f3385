package dev.reportflow.bench.kafka;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The cluster a bench run uses: a fresh embedded broker, or a given one. Every topic the run
 * creates carries the run's prefix (the streams apps' ids too), so runs never see each other's
 * records, and on a given cluster the run deletes its topics and groups when it ends.
 */
public final class BenchCluster implements AutoCloseable {

    private final EmbeddedKafkaBroker broker;
    private final String bootstrapServers;
    private final String topicPrefix;
    private final Admin admin;

    private BenchCluster(EmbeddedKafkaBroker broker, String bootstrapServers, String runId) {
        this.broker = broker;
        this.bootstrapServers = bootstrapServers;
        this.topicPrefix = "bench-" + runId + ".";
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    /** Starts an embedded broker when {@code bootstrapServers} is null. */
    public static BenchCluster open(String bootstrapServers, String runId) {
        if (bootstrapServers != null) {
            return new BenchCluster(null, bootstrapServers, runId);
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startFresh();
        return new BenchCluster(broker, broker.bootstrapServers(), runId);
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public boolean embedded() {
        return broker != null;
    }

    public String topicPrefix() {
        return topicPrefix;
    }

    public Admin admin() {
        return admin;
    }

    public void create(Collection<NewTopic> topics) throws ExecutionException, InterruptedException {
        admin.createTopics(topics).all().get();
    }

    /**
     * Makes the broker stamp records with its own clock when it appends them: what the latency
     * measurement reads. Streams would otherwise copy the input record's timestamp to its outputs.
     */
    public void useLogAppendTime(Collection<String> topics) throws ExecutionException, InterruptedException {
        AlterConfigOp op = new AlterConfigOp(new ConfigEntry(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"),
                AlterConfigOp.OpType.SET);
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
        topics.forEach(t -> changes.put(new ConfigResource(ConfigResource.Type.TOPIC, t), List.of(op)));
        admin.incrementalAlterConfigs(changes).all().get();
    }

    /** Group-level configs (e.g. streams.session.timeout.ms), set before the group's first member joins; none: nothing to do. */
    public void setGroupConfigs(String groupId, Map<String, String> configs) throws ExecutionException, InterruptedException {
        if (configs.isEmpty()) {
            return;
        }
        List<AlterConfigOp> ops = configs.entrySet().stream()
                .map(c -> new AlterConfigOp(new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET)).toList();
        admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.GROUP, groupId), ops)).all().get();
    }

    /** The run's topics and the apps' groups and internal topics all start with the prefix (app ids do too). */
    private void deleteWhatTheRunLeft() throws ExecutionException, InterruptedException, TimeoutException {
        List<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                .filter(t -> t.startsWith(topicPrefix)).toList();
        admin.deleteTopics(topics).all().get(60, TimeUnit.SECONDS);
        List<String> groups = admin.listGroups().all().get(30, TimeUnit.SECONDS).stream()
                .map(g -> g.groupId()).filter(g -> g.startsWith(topicPrefix)).toList();
        admin.deleteConsumerGroups(groups).all().get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        try {
            if (broker == null) {
                deleteWhatTheRunLeft();
            }
        } catch (ExecutionException | TimeoutException e) {
            System.err.println("bench: could not delete the run's topics (" + e.getMessage() + "); they start with " + topicPrefix);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            admin.close();
            if (broker != null) {
                broker.close();
            }
        }
    }
}
