package dev.reportflow.streams.intake;

import dev.reportflow.decision.Decider;
import dev.reportflow.decision.Outcome;
import dev.reportflow.schemas.FirstSubmission;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Looks up whether a text was already routed within the TTL; if so, the decision core rejects it as
 * DUPLICATE, pointing at the first. Every copy of a text reaches this step in its content hash's
 * partition ({@link ValidateSubmission} re-keys those that arrive elsewhere), so the partition's store
 * sees them all. A text is remembered only once it has been classified
 * ({@link dev.reportflow.streams.routing.ClassifyProcessor}), so that a copy of a text that was
 * rejected, or failed, can be sent again. Other outcomes pass through.
 */
public final class Deduplicate implements Processor<String, Outcome, String, Outcome> {

    public static final String DEDUPE_STORE = "dedupe-by-content-hash";

    private final Decider decider;
    private final Duration ttl;
    private ProcessorContext<String, Outcome> context;
    private WindowStore<String, FirstSubmission> firstSeen;

    public Deduplicate(Decider decider) {
        this.decider = decider;
        this.ttl = decider.settings().dedupeTtl();
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.firstSeen = context.getStateStore(DEDUPE_STORE);
    }

    @Override
    public void process(Record<String, Outcome> record) {
        if (!(record.value() instanceof Outcome.Accepted accepted)) {
            context.forward(record);
            return;
        }
        long timestamp = record.timestamp();
        try (WindowStoreIterator<FirstSubmission> earlier = firstSeen.fetch(accepted.contentHash(),
                Math.max(0, timestamp - ttl.toMillis()), timestamp)) {
            if (earlier.hasNext()) {
                context.forward(record.withValue(decider.duplicate(accepted, earlier.next().value,
                        Instant.ofEpochMilli(context.currentSystemTimeMs()))));
                return;
            }
        }
        context.forward(record);
    }
}
