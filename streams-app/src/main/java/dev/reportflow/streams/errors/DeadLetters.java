package dev.reportflow.streams.errors;

import dev.reportflow.decision.records.Rejections;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    private static final AvroSerde<Submission> SUBMISSIONS = AvroSerde.of(Submission.class);
    private static final AvroSerde<Rejection> REJECTIONS = AvroSerde.of(Rejection.class);
    /** Kafka Streams gives no topic for a record that a punctuation or a global store produced. */
    private static final String UNKNOWN_TOPIC = "unknown";

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
        // A handler that throws kills the stream thread, and the record then kills every thread
        // that takes the task over: so whatever goes wrong here still yields a dead letter.
        KafkaCoordinates source = new KafkaCoordinates(Objects.requireNonNullElse(context.topic(), UNKNOWN_TOPIC),
                context.partition(), context.offset());
        LOG.warn("Rejecting the record at {}-{}@{} as {}: {}", source.getTopic(), source.getPartition(), source.getOffset(),
                reason, message, cause);
        Instant now = Instant.now();
        try {
            Rejection rejection = submissionIn(source.getTopic(), rawValue)
                    .map(submission -> Rejections.of(submission, source, reason, message, now))
                    .orElseGet(() -> Rejections.ofRawRecord(reason, message, rawValue, source, now));
            return List.of(deadLetter(rejection));
        } catch (RuntimeException failed) {
            LOG.error("Could not build the dead letter for {}-{}@{}; writing one without the record's bytes",
                    source.getTopic(), source.getPartition(), source.getOffset(), failed);
            Rejection bare = Rejections.minimal(reason, message, source, now);
            return List.of(deadLetter(bare));
        }
    }

    /** The rejection as the raw record a Kafka Streams exception handler sends to the rejected topic. */
    private ProducerRecord<byte[], byte[]> deadLetter(Rejection rejection) {
        return new ProducerRecord<>(rejectedTopic, null, Rejections.key(rejection).getBytes(StandardCharsets.UTF_8),
                REJECTIONS.serialize(rejectedTopic, rejection));
    }

    /** Whether {@code topic} is the rejected topic: a dead letter that itself failed must not be retried as one. */
    boolean isRejectedTopic(String topic) {
        return rejectedTopic.equals(topic);
    }

    private Optional<Submission> submissionIn(String topic, byte[] rawValue) {
        if (!intakeTopic.equals(topic) || rawValue == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(SUBMISSIONS.fromBytes(rawValue));
        } catch (RuntimeException notASubmission) {
            return Optional.empty();
        }
    }
}
