package dev.reportflow.consumers.common;

import dev.reportflow.config.AppConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Kafka clients built from one {@link AppConfig}. Each client gets only the properties it knows:
 * the shared file holds consumer, producer and admin settings together, and environment variables
 * such as REPORTFLOW_AUDIT_HMAC_KEY also land in the config — a secret must never reach a client's
 * logged configuration.
 */
public final class KafkaClients {

    private final AppConfig config;

    public KafkaClients(AppConfig config) {
        this.config = config;
    }

    /** A consumer of raw bytes: records are decoded one by one so that one bad record cannot stall a reader. */
    public KafkaConsumer<byte[], byte[]> consumer(Map<String, Object> overrides) {
        Map<String, Object> props = only(ConsumerConfig.configNames(), overrides);
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** A consumer outside any group: it assigns partitions itself and never commits. */
    public KafkaConsumer<byte[], byte[]> groupLessConsumer() {
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put(ConsumerConfig.GROUP_ID_CONFIG, null);
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return consumer(overrides);
    }

    public KafkaProducer<byte[], byte[]> producer() {
        return new KafkaProducer<>(only(ProducerConfig.configNames(), Map.of()), new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    public Admin admin() {
        return Admin.create(only(AdminClientConfig.configNames(), Map.of()));
    }

    private Map<String, Object> only(Set<String> known, Map<String, Object> overrides) {
        Map<String, Object> props = new LinkedHashMap<>();
        config.kafkaProperties().forEach((key, value) -> {
            if (known.contains(key)) {
                props.put(key, value);
            }
        });
        overrides.forEach((key, value) -> {
            if (value == null) {
                props.remove(key);
            } else {
                props.put(key, value);
            }
        });
        return props;
    }
}
