package dev.reportflow.streams.errors;

import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the three exception handlers share: turn a failure at some record into a Rejection on the
 * rejected topic, which Kafka Streams writes in the same transaction as the task's other output.
 */
final class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private String rejectedTopic = Topics.defaults().rejected();

    void configure(Map<String, ?> configs) {
        rejectedTopic = Topics.from(configs).rejected();
    }

    List<ProducerRecord<byte[], byte[]>> reject(ErrorHandlerContext context, RejectionReason reason, String message,
                                                byte[] rawKey, byte[] rawValue, Exception cause) {
        KafkaCoordinates source = new KafkaCoordinates(context.topic(), context.partition(), context.offset());
        LOG.warn("Rejecting the record at {}-{}@{} as {}: {}", context.topic(), context.partition(), context.offset(),
                reason, message, cause);
        Rejection rejection = Rejections.ofRawRecord(reason, message, rawValue, source, Instant.now());
        return List.of(Rejections.asDeadLetter(rejectedTopic, rawKey, rejection));
    }
}
