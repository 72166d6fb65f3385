package dev.reportflow.streams.rules;

import dev.reportflow.config.AppConfig;
import dev.reportflow.decision.rules.RuleRecords;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.RuleKind;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.topics.TopicSetup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The routing rules on the compacted {@code routing.rules} topic: put (upsert by rule id), delete
 * (tombstone) and list (read to the end). A DEPARTMENT rule also creates the department's routed
 * topic, so the streams app can deliver to it as soon as the rule arrives.
 */
public final class RuleBook {

    private final AppConfig config;
    private final Topics topics;

    public RuleBook(AppConfig config) {
        this.config = config;
        this.topics = Topics.from(config.asMap());
    }

    public void put(RoutingRule rule) throws ExecutionException, InterruptedException {
        if (rule.getKind() == RuleKind.DEPARTMENT) {
            TopicSetup setup = new TopicSetup(config);
            try (Admin admin = Admin.create(config.connectionProperties())) {
                String topic = topics.routed(rule.getDepartment());
                setup.createMissing(admin, Map.of(topic, setup.required(Set.of(rule.getDepartment())).get(topic)));
            }
        }
        send(RuleRecords.key(rule), rule);
    }

    public void delete(String ruleId) throws ExecutionException, InterruptedException {
        send(ruleId, null);
    }

    /** The live rules by id, as the streams app's global table sees them once it has caught up. */
    public Map<String, RoutingRule> list() {
        Map<String, RoutingRule> rules = new TreeMap<>();
        TopicPartition partition = new TopicPartition(topics.routingRules(), 0);
        Map<String, Object> consumerConfig = new java.util.HashMap<>(config.connectionProperties());
        consumerConfig.put("isolation.level", "read_committed");
        try (var consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            while (consumer.position(partition) < end) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    RuleRecords.fold(rules, record.key(), record.value());
                }
            }
        }
        return rules;
    }

    private void send(String ruleId, RoutingRule rule) throws ExecutionException, InterruptedException {
        Map<String, Object> producerConfig = new java.util.HashMap<>(config.connectionProperties());
        producerConfig.putAll(Map.of("acks", "all", "enable.idempotence", true));
        try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), RuleRecords.VALUES.serializer())) {
            producer.send(new ProducerRecord<>(topics.routingRules(), 0, ruleId, rule)).get();
        }
    }
}
