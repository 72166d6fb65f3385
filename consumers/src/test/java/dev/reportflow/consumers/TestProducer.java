package dev.reportflow.consumers;

import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.testsupport.TestTopics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes the records the streams app (or an office) would write, transactionally as the streams
 * app does with exactly_once_v2, so readers meet commit markers and aborted batches as in production.
 */
public final class TestProducer implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final boolean transactional;

    /** A transactional producer, as the streams app writes. */
    public TestProducer() {
        this(true);
    }

    /**
     * @param transactional false for an office's producer: the intake topic holds no transaction
     *     markers, whose wall-clock timestamps would otherwise sit among historic test timestamps
     */
    public TestProducer(boolean transactional) {
        Map<String, Object> props = new LinkedHashMap<>(TestTopics.clientProperties());
        if (transactional) {
            props.put("transactional.id", "test-" + UUID.randomUUID());
        }
        this.transactional = transactional;
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        if (transactional) {
            producer.initTransactions();
        }
    }

    @SuppressWarnings("unchecked")
    public static <T extends SpecificRecord> byte[] encode(T record) {
        return AvroSerde.of((Class<T>) record.getClass()).toBytes(record);
    }

    /** Sends every record in one committed transaction and returns where they landed. */
    public List<RecordMetadata> commit(List<ProducerRecord<String, byte[]>> records) {
        return inTransaction(records, producer::commitTransaction);
    }

    /** Sends the records in a transaction that is then aborted: read_committed readers must not see them. */
    public void abort(List<ProducerRecord<String, byte[]>> records) {
        inTransaction(records, producer::abortTransaction);
    }

    public <T extends SpecificRecord> RecordMetadata send(String topic, String key, T value) {
        return commit(List.of(new ProducerRecord<>(topic, key, encode(value)))).get(0);
    }

    public RecordMetadata sendRaw(String topic, String key, byte[] value) {
        return commit(List.of(new ProducerRecord<>(topic, key, value))).get(0);
    }

    private List<RecordMetadata> inTransaction(List<ProducerRecord<String, byte[]>> records, Runnable end) {
        if (transactional) {
            producer.beginTransaction();
        }
        List<java.util.concurrent.Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
        producer.flush();
        if (transactional) {
            end.run();
        }
        return sent.stream().map(TestProducer::get).toList();
    }

    private static RecordMetadata get(java.util.concurrent.Future<RecordMetadata> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
