package dev.reportflow.streams.errors;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.Submission;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Builds Rejection records, the one shape every failure takes on the rejected topic. */
public final class Rejections {

    private static final AvroSerde<Rejection> SERDE = AvroSerde.of(Rejection.class);

    private Rejections() {
    }

    /** A submission that was read but refused. */
    public static Rejection of(Submission submission, KafkaCoordinates source, RejectionReason reason, String message,
                               Instant now) {
        return base(reason, message, submission.getContent(), source, now)
                .setSubmissionId(submission.getSubmissionId())
                .setOffice(submission.getOffice())
                .setFileName(submission.getFileName())
                .build();
    }

    public static Rejection duplicate(Submission submission, KafkaCoordinates source, FirstSubmission first,
                                      Instant now) {
        return base(RejectionReason.DUPLICATE, "The same text was already submitted as " + first.getSubmissionId()
                        + " at " + first.getReceivedAt() + "; it is routed once.", submission.getContent(), source, now)
                .setSubmissionId(submission.getSubmissionId())
                .setOffice(submission.getOffice())
                .setFileName(submission.getFileName())
                .setDuplicateOf(first)
                .build();
    }

    /** A record the pipeline could not even read or write: keeps the raw bytes for an operator. */
    public static Rejection ofRawRecord(RejectionReason reason, String message, byte[] rawValue,
                                        KafkaCoordinates source, Instant now) {
        return base(reason, message, ByteBuffer.wrap(rawValue == null ? new byte[0] : rawValue), source, now).build();
    }

    /** The same rejection as the raw record a Kafka Streams exception handler sends to the rejected topic. */
    public static ProducerRecord<byte[], byte[]> asDeadLetter(String topic, String key, Rejection rejection) {
        return new ProducerRecord<>(topic, null, key.getBytes(StandardCharsets.UTF_8), SERDE.serialize(topic, rejection));
    }

    /** A rejection's key on the rejected topic: its submission id, or where the unreadable record sits. */
    public static String key(Rejection rejection) {
        KafkaCoordinates source = rejection.getSource();
        return rejection.getSubmissionId() != null ? rejection.getSubmissionId()
                : source.getTopic() + "-" + source.getPartition() + "@" + source.getOffset();
    }


    private static Rejection.Builder base(RejectionReason reason, String message, ByteBuffer original,
                                          KafkaCoordinates source, Instant now) {
        return Rejection.newBuilder()
                .setReason(reason)
                .setMessage(message)
                .setOriginalBytes(original)
                .setSource(source)
                .setRejectedAt(now)
                .setClassifierVersion(Classifier.VERSION);
    }
}
