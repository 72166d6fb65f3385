package dev.reportflow.bench.recovery;

import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.config.AppConfig;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.intake.Deduplicate;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;

/**
 * A dedupe store of many remembered submissions, written straight to its changelog before the app
 * first starts, in the layout Kafka Streams gives a window store's changelog (the key's bytes, the
 * window start, a sequence number; the value's bytes), each entry in the partition of its content
 * hash as the intake places it. Restoring it is what a new instance with an empty state directory
 * has to do before it routes anything.
 */
final class DedupeChangelog {

    /** Kafka Streams keeps a window store's changelog this much longer than the window's retention. */
    private static final Duration ADDITIONAL_RETENTION = Duration.ofDays(1);

    private DedupeChangelog() {
    }

    static void fill(BenchCluster cluster, AppConfig config, int entries) throws Exception {
        String topic = config.get("application.id") + "-" + Deduplicate.DEDUPE_STORE + "-changelog";
        int partitions = config.getInt("reportflow.topics.partitions");
        Duration ttl = Duration.parse(config.get("reportflow.dedupe.ttl"));
        cluster.create(List.of(new NewTopic(topic, partitions, (short) config.getInt("reportflow.topics.replication-factor"))
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, "compact,delete",
                        TopicConfig.RETENTION_MS_CONFIG, String.valueOf(ttl.plus(ADDITIONAL_RETENTION).toMillis())))));
        AvroSerde<FirstSubmission> values = AvroSerde.of(FirstSubmission.class);
        String intake = Topics.from(config.asMap()).submitted();
        long now = System.currentTimeMillis();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", config.get("bootstrap.servers"),
                "acks", "all", "linger.ms", 20, "batch.size", 1 << 20), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < entries; i++) {
                String contentHash = String.format("%064x", (long) i * 0x9E3779B97F4A7C15L & Long.MAX_VALUE);
                byte[] hash = contentHash.getBytes(StandardCharsets.UTF_8);
                long timestamp = now - entries + i;
                byte[] key = ByteBuffer.allocate(hash.length + 12).put(hash).putLong(timestamp).putInt(0).array();
                byte[] value = values.toBytes(FirstSubmission.newBuilder().setSubmissionId("sub-" + i)
                        .setSource(new KafkaCoordinates(intake, i % partitions, (long) i)).setReceivedAt(java.time.Instant.ofEpochMilli(timestamp)).build());
                int partition = Utils.toPositive(Utils.murmur2(hash)) % partitions;
                producer.send(new ProducerRecord<>(topic, partition, timestamp, key, value));
            }
            producer.flush();
        }
    }
}
