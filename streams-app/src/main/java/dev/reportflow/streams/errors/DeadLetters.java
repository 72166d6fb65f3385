package dev.reportflow.streams.errors;

import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the three exception handlers share: turn a failure at some record into a Rejection on the
 * rejected topic, which Kafka Streams writes in the same transaction as the task's other output.
 */
final class DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    private static final AvroSerde<Submission> SUBMISSIONS = AvroSerde.of(Submission.class);

    private String rejectedTopic = Topics.defaults().rejected();
    private String intakeTopic = Topics.defaults().submitted();

    void configure(Map<String, ?> configs) {
        Topics topics = Topics.from(configs);
        rejectedTopic = topics.rejected();
        intakeTopic = topics.submitted();
    }

    /**
     * The dead letter for a failure at the record {@code context} points to. When that record is a
     * readable submission (a processing or production failure after it was decoded), the rejection
     * names it, so that the office's receipt and {@code reportflow trace} find it, keyed by its id as
     * every other rejection is; otherwise it is keyed by where the record sits.
     */
    List<ProducerRecord<byte[], byte[]>> reject(ErrorHandlerContext context, RejectionReason reason, String message,
                                                byte[] rawValue, Exception cause) {
        KafkaCoordinates source = new KafkaCoordinates(context.topic(), context.partition(), context.offset());
        LOG.warn("Rejecting the record at {}-{}@{} as {}: {}", context.topic(), context.partition(), context.offset(),
                reason, message, cause);
        Instant now = Instant.now();
        Rejection rejection = submissionIn(context.topic(), rawValue)
                .map(submission -> Rejections.of(submission, source, reason, message, now))
                .orElseGet(() -> Rejections.ofRawRecord(reason, message, rawValue, source, now));
        return List.of(Rejections.asDeadLetter(rejectedTopic, Rejections.key(rejection), rejection));
    }

    private Optional<Submission> submissionIn(String topic, byte[] rawValue) {
        if (!intakeTopic.equals(topic) || rawValue == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(SUBMISSIONS.fromBytes(rawValue));
        } catch (SerializationException notASubmission) {
            return Optional.empty();
        }
    }
}
