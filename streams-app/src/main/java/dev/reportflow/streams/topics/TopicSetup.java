package dev.reportflow.streams.topics;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.config.AppConfig;
import dev.reportflow.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The topics reportflow needs, with partitions, replication and retention from configuration. They
 * are created explicitly (never by broker auto-creation) by {@code reportflow topics create}, and
 * the streams app refuses to start while any is missing.
 */
public final class TopicSetup {

    private static final String FOREVER = "-1";
    /** How long {@link #createMissing} waits for the topics it created to be listed. */
    private static final Duration METADATA_WAIT = Duration.ofSeconds(30);

    private final Topics topics;
    private final int partitions;
    private final int routedPartitions;
    private final short replicationFactor;
    private final String routedRetentionMs;
    private final String maxMessageBytes;

    public TopicSetup(AppConfig config) {
        this.topics = Topics.from(config.asMap());
        this.partitions = config.getInt("reportflow.topics.partitions");
        this.routedPartitions = config.getInt("reportflow.topics.routed-partitions");
        this.replicationFactor = (short) config.getInt("reportflow.topics.replication-factor");
        this.routedRetentionMs = config.get("reportflow.topics.routed-retention-ms");
        this.maxMessageBytes = config.get("reportflow.topics.max-message-bytes");
    }

    /** Every topic, by name, with its configuration. */
    public Map<String, NewTopic> required(Set<String> departments) {
        Map<String, NewTopic> required = new LinkedHashMap<>();
        add(required, topics.submitted(), partitions, Map.of(TopicConfig.RETENTION_MS_CONFIG, FOREVER,
                TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime"));
        add(required, topics.classified(), partitions, Map.of(TopicConfig.RETENTION_MS_CONFIG, FOREVER));
        add(required, topics.rejected(), partitions, Map.of(TopicConfig.RETENTION_MS_CONFIG, FOREVER));
        add(required, topics.routingRules(), 1, Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        // Corrections are history (never compacted) and are keyed by content hash like the intake, with
        // as many partitions, so that each meets the partition of the streams app that holds its report.
        add(required, topics.corrections(), partitions, Map.of(TopicConfig.RETENTION_MS_CONFIG, FOREVER));
        add(required, topics.auditCheckpoints(), 1, Map.of(TopicConfig.RETENTION_MS_CONFIG, FOREVER));
        for (String department : departments) {
            add(required, topics.routed(department), routedPartitions, Map.of(TopicConfig.RETENTION_MS_CONFIG, routedRetentionMs));
        }
        add(required, topics.routed(Topics.UNASSIGNED), routedPartitions, Map.of(TopicConfig.RETENTION_MS_CONFIG, routedRetentionMs));
        return required;
    }

    /** The topics for the bundled departments. */
    public Map<String, NewTopic> required() {
        return required(Rules.bundled().departmentCodes());
    }

    /** Creates what is missing; returns the names created. */
    public List<String> createMissing(Admin admin, Map<String, NewTopic> required)
            throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = required.values().stream().filter(t -> !existing.contains(t.name())).toList();
        List<String> created = new ArrayList<>();
        for (var entry : admin.createTopics(missing).values().entrySet()) {
            try {
                entry.getValue().get();
                created.add(entry.getKey());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        awaitListed(admin, created);
        return created;
    }

    /**
     * A created topic is committed by the controller before every broker's metadata has it: a process
     * started right after (the streams app checks its topics at start) could still find it missing.
     */
    private static void awaitListed(Admin admin, List<String> created) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + METADATA_WAIT.toNanos();
        while (!admin.listTopics().names().get().containsAll(created) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** The required topics that do not exist. */
    public Set<String> missing(Admin admin, Map<String, NewTopic> required) throws ExecutionException, InterruptedException {
        Set<String> missing = new TreeSet<>(required.keySet());
        missing.removeAll(admin.listTopics().names().get());
        return missing;
    }

    private void add(Map<String, NewTopic> required, String name, int partitionCount, Map<String, String> configs) {
        Map<String, String> all = new LinkedHashMap<>(configs);
        all.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes);
        required.put(name, new NewTopic(name, partitionCount, replicationFactor).configs(all));
    }
}
