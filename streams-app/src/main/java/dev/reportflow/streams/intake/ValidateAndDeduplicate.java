package dev.reportflow.streams.intake;

import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.Submission;
import dev.reportflow.streams.errors.Rejections;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Validates each submission and rejects a text already routed within the TTL as DUPLICATE, pointing
 * at the first. The content hash is recomputed from the decoded text rather than trusted; the
 * intake topic is keyed by it, so all copies of a text meet in this partition's store. A text is
 * remembered only once it has been classified ({@link dev.reportflow.streams.routing.ClassifyProcessor}),
 * so that a copy of a text that was rejected, or failed, can be sent again.
 */
public final class ValidateAndDeduplicate implements Processor<String, Submission, String, Outcome> {

    public static final String DEDUPE_STORE = "dedupe-by-content-hash";

    private final SubmissionValidator validator;
    private final Duration ttl;
    private ProcessorContext<String, Outcome> context;
    private WindowStore<String, FirstSubmission> firstSeen;

    public ValidateAndDeduplicate(SubmissionValidator validator, Duration ttl) {
        this.validator = validator;
        this.ttl = ttl;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.firstSeen = context.getStateStore(DEDUPE_STORE);
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
        Outcome outcome = validator.validate(record.value(), source, now);
        if (outcome instanceof Outcome.Accepted accepted) {
            outcome = deduplicate(accepted, record.timestamp(), now);
        }
        context.forward(record.withValue(outcome));
    }

    private Outcome deduplicate(Outcome.Accepted accepted, long timestamp, Instant now) {
        try (WindowStoreIterator<FirstSubmission> earlier = firstSeen.fetch(accepted.contentHash(),
                Math.max(0, timestamp - ttl.toMillis()), timestamp)) {
            if (earlier.hasNext()) {
                return new Outcome.Rejected(Rejections.duplicate(accepted.submission(), accepted.source(), earlier.next().value, now));
            }
        }
        return accepted;
    }

    private KafkaCoordinates coordinates() {
        RecordMetadata metadata = context.recordMetadata().orElseThrow();
        return new KafkaCoordinates(metadata.topic(), metadata.partition(), metadata.offset());
    }
}
