package dev.reportflow.streams.routing;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.streams.errors.Rejections;
import dev.reportflow.streams.intake.Outcome;
import dev.reportflow.streams.intake.Deduplicate;
import dev.reportflow.streams.rules.RulesFromStore;
import dev.reportflow.schemas.RoutedSection;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Classifies accepted submissions with the rules currently in the routing-rules global store; a
 * text in which no report is found is rejected as NOT_A_REPORT, one that yields more reports or
 * routed copies than {@link RoutingLimits} allow as TOO_MANY_REPORTS / TOO_MANY_DELIVERIES. A classified text is remembered in
 * the dedupe store (in the same transaction as its outputs), so that later copies are DUPLICATEs.
 * Other outcomes pass through.
 */
public final class ClassifyProcessor implements Processor<String, Outcome, String, Outcome> {

    public static final String RULES_STORE = "routing-rules-store";

    private final RulesFromStore rules = new RulesFromStore();
    private final RoutingLimits limits;
    private final double minConfidence;
    private Classifier factoryClassifier;
    private RecordFactory factory;
    private ProcessorContext<String, Outcome> context;
    private ReadOnlyKeyValueStore<String, ValueAndTimestamp<RoutingRule>> rulesStore;
    private WindowStore<String, FirstSubmission> routedTexts;

    public ClassifyProcessor(RoutingLimits limits, double minConfidence) {
        this.limits = limits;
        this.minConfidence = minConfidence;
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
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        Classifier classifier = rules.classifierFor(rulesStore);
        // A defect of the classifier throws here and reaches the processing exception handler
        // (PROCESSING_ERROR, naming the submission): it must never read as the office's fault.
        Classification classification = classifier.classifyOrThrow(accepted.text());
        if (classification.reports().isEmpty()) {
            Rejection notAReport = Rejections.of(accepted.submission(), accepted.source(), RejectionReason.NOT_A_REPORT,
                    "未识别为工作报告：" + classification.notAReport().detail() + "。如确为工作报告，请联系分拣人员。", now);
            notAReport.setRulesVersion(classification.rulesVersion());
            context.forward(record.withValue(new Outcome.Rejected(notAReport)));
            return;
        }
        if (classification.reports().size() > limits.maxReports()) {
            context.forward(record.withValue(tooMany(accepted, RejectionReason.TOO_MANY_REPORTS, "The file holds "
                    + classification.reports().size() + " reports; at most " + limits.maxReports()
                    + " are routed from one submission. Split the compilation and submit the parts.", classification, now)));
            return;
        }
        RecordFactory factory = factoryFor(classifier);
        List<RoutedSection> deliveries = factory.deliveries(classification, accepted.submission(), accepted.source(), now);
        if (deliveries.size() > limits.maxDeliveries()) {
            context.forward(record.withValue(tooMany(accepted, RejectionReason.TOO_MANY_DELIVERIES, "The file's sections"
                    + " would make " + deliveries.size() + " routed copies; at most " + limits.maxDeliveries()
                    + " are made from one submission. Split it and submit the parts.", classification, now)));
            return;
        }
        routedTexts.put(accepted.contentHash(), new FirstSubmission(accepted.submission().getSubmissionId(),
                accepted.source(), accepted.submission().getReceivedAt()), record.timestamp());
        context.forward(record.withValue(new Outcome.Classified(
                factory.reports(classification, accepted.submission(), accepted.source(), now), deliveries)));
    }

    private static Outcome.Rejected tooMany(Outcome.Accepted accepted, RejectionReason reason, String message,
                                            Classification classification, Instant now) {
        Rejection rejection = Rejections.of(accepted.submission(), accepted.source(), reason, message, now);
        rejection.setRulesVersion(classification.rulesVersion());
        return new Outcome.Rejected(rejection);
    }

    /** The department codes change only with the rules, so the factory is rebuilt only then. */
    private RecordFactory factoryFor(Classifier classifier) {
        if (classifier != factoryClassifier) {
            factoryClassifier = classifier;
            factory = new RecordFactory(classifier.rules().departmentCodes(), minConfidence);
        }
        return factory;
    }
}
