package dev.reportflow.streams.routing;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.decision.Decider;
import dev.reportflow.decision.Outcome;
import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.streams.intake.Deduplicate;
import dev.reportflow.streams.rules.RulesFromStore;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The store work around {@link Decider#classify}: the classifier for the rules currently in the
 * routing-rules global store, and, once a text is classified, remembering it in the dedupe store (in
 * the same transaction as its outputs), so that later copies are DUPLICATEs. Other outcomes pass
 * through.
 */
public final class ClassifyProcessor implements Processor<String, Outcome, String, Outcome> {

    public static final String RULES_STORE = "routing-rules-store";

    private final RulesFromStore rules = new RulesFromStore();
    private final Decider decider;
    private ProcessorContext<String, Outcome> context;
    private ReadOnlyKeyValueStore<String, ValueAndTimestamp<RoutingRule>> rulesStore;
    private WindowStore<String, FirstSubmission> routedTexts;

    public ClassifyProcessor(Decider decider) {
        this.decider = decider;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.rulesStore = context.getStateStore(RULES_STORE);
        this.routedTexts = context.getStateStore(Deduplicate.DEDUPE_STORE);
    }

    @Override
    public void process(Record<String, Outcome> record) {
        if (!(record.value() instanceof Outcome.Accepted accepted)) {
            context.forward(record);
            return;
        }
        Classifier classifier = rules.classifierFor(rulesStore);
        // A defect of the classifier throws here and reaches the processing exception handler
        // (PROCESSING_ERROR, naming the submission): it must never read as the office's fault.
        Outcome outcome = decider.classify(accepted, classifier, Instant.ofEpochMilli(context.currentSystemTimeMs()));
        if (outcome instanceof Outcome.Classified) {
            routedTexts.put(accepted.contentHash(), new FirstSubmission(accepted.submission().getSubmissionId(),
                    accepted.source(), accepted.submission().getReceivedAt()), record.timestamp());
        }
        context.forward(record.withValue(outcome));
    }
}
