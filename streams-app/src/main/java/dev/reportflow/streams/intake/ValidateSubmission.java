package dev.reportflow.streams.intake;

import dev.reportflow.decision.Decider;
import dev.reportflow.decision.Outcome;
import dev.reportflow.decision.records.Rejections;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.Submission;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The first step for every intake record. Nothing a producer wrote is trusted: the submission gets
 * its id from its intake coordinates and its receive time from the broker's log-append time (the
 * producer's values are kept as claims), its content hash is recomputed from the decoded text, and
 * the record is keyed by that hash. A valid submission that is not in its hash's partition is
 * {@link Misplaced}, for re-keying; the rest go on as Accepted or Rejected.
 */
public final class ValidateSubmission implements Processor<String, Submission, String, Outcome> {

    /** Carries the intake coordinates across the re-keying topic (see {@link RevalidateRekeyed}). */
    static final String INTAKE_OFFSET_HEADER = "reportflow.intake";

    private final Decider decider;
    private final IntakePlacement placement;
    private ProcessorContext<String, Outcome> context;

    public ValidateSubmission(Decider decider, IntakePlacement placement) {
        this.decider = decider;
        this.placement = placement;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Submission> record) {
        KafkaCoordinates source = coordinates();
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        if (record.value() == null) {
            context.forward(record.withValue(new Outcome.Rejected(Rejections.ofRawRecord(RejectionReason.CORRUPT_RECORD,
                    "An empty record (no value) arrived on the intake topic: nothing to classify.", null, source, now))));
            return;
        }
        Submission submission = Decider.stamped(record.value(), source, record.timestamp());
        Outcome outcome = decider.check(submission, source, now);
        if (!(outcome instanceof Outcome.Accepted accepted)) {
            context.forward(record.withValue(outcome));
            return;
        }
        String hash = accepted.contentHash();
        if (hash.equals(record.key()) && placement.partitionOf(hash) == source.getPartition()) {
            context.forward(record.withKey(hash).withValue(accepted));
        } else {
            record.headers().remove(INTAKE_OFFSET_HEADER).add(INTAKE_OFFSET_HEADER,
                    (source.getPartition() + ":" + source.getOffset()).getBytes(StandardCharsets.US_ASCII));
            context.forward(record.withKey(hash).withValue(new Misplaced(submission)));
        }
    }


    private KafkaCoordinates coordinates() {
        RecordMetadata metadata = context.recordMetadata().orElseThrow();
        return new KafkaCoordinates(metadata.topic(), metadata.partition(), metadata.offset());
    }
}
