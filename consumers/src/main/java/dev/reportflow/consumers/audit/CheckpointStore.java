package dev.reportflow.consumers.audit;

import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ChainCheckpoint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checkpoints on audit.checkpoints, keyed by the intake partition they cover. */
final class CheckpointStore {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointStore.class);
    private static final AvroSerde<ChainCheckpoint> SERDE = AvroSerde.of(ChainCheckpoint.class);

    private final String topic;

    CheckpointStore(String topic) {
        this.topic = topic;
    }

    /** Every checkpoint taken of {@code chainedTopic}, by partition then offset. */
    List<ChainCheckpoint> readAll(TopicScanner scanner, String chainedTopic) {
        List<ChainCheckpoint> checkpoints = new ArrayList<>();
        scanner.scanAll(List.of(topic), record -> {
            try {
                ChainCheckpoint checkpoint = SERDE.fromBytes(record.value());
                if (checkpoint != null && checkpoint.getTopic().equals(chainedTopic)) {
                    checkpoints.add(checkpoint);
                }
            } catch (SerializationException e) {
                LOG.warn("Undecodable record on {} at [{}]@{} ignored", topic, record.partition(), record.offset());
            }
        });
        checkpoints.sort(Comparator.comparing(ChainCheckpoint::getPartition).thenComparing(ChainCheckpoint::getOffset));
        return checkpoints;
    }

    void write(Producer<byte[], byte[]> producer, List<ChainCheckpoint> checkpoints)
            throws InterruptedException, ExecutionException {
        List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
        for (ChainCheckpoint checkpoint : checkpoints) {
            byte[] key = String.valueOf(checkpoint.getPartition()).getBytes(StandardCharsets.UTF_8);
            sent.add(producer.send(new ProducerRecord<>(topic, key, SERDE.toBytes(checkpoint))));
        }
        for (var future : sent) {
            future.get();
        }
    }
}
