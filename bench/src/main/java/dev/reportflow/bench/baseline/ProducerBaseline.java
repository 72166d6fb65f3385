package dev.reportflow.bench.baseline;

import dev.reportflow.bench.report.Throughput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Kafka's own ceiling for intake: a plain producer with the submission client's settings (acks=all,
 * idempotent, same batching) sending the very records the client would send (Avro-encoded
 * submissions, keyed by content hash), asynchronously, as fast as it can.
 */
public final class ProducerBaseline {

    private ProducerBaseline() {
    }

    /** The serialised records to send: key and value bytes. */
    public record Payload(byte[] key, byte[] value) {
    }

    public record Result(String label, Map<String, Object> overrides, Throughput throughput, double compressionRatio) {
    }

    public static Result run(String label, Map<String, Object> producerConfig, Map<String, Object> overrides, String topic,
                             List<Payload> payloads) {
        Map<String, Object> config = new LinkedHashMap<>(producerConfig);
        config.putAll(overrides);
        AtomicReference<Exception> failure = new AtomicReference<>();
        long bytes = payloads.stream().mapToLong(p -> p.value().length).sum();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.partitionsFor(topic);
            long start = System.nanoTime();
            for (Payload payload : payloads) {
                producer.send(new ProducerRecord<>(topic, payload.key(), payload.value()), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
            long end = System.nanoTime();
            if (failure.get() != null) {
                throw new IllegalStateException("The producer baseline failed to send", failure.get());
            }
            return new Result(label, overrides, Throughput.since(start, end, payloads.size(), bytes), compressionRatio(producer));
        }
    }

    /** Compressed size over original size of the batches sent (1.0 without compression). */
    private static double compressionRatio(KafkaProducer<?, ?> producer) {
        for (Map.Entry<MetricName, ? extends Metric> metric : producer.metrics().entrySet()) {
            if (metric.getKey().name().equals("compression-rate-avg") && metric.getKey().group().equals("producer-metrics")) {
                return ((Number) metric.getValue().metricValue()).doubleValue();
            }
        }
        return Double.NaN;
    }
}
