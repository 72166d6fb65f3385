package dev.reportflow.streams.corrections;

import dev.reportflow.decision.Outcome;
import dev.reportflow.decision.records.Rejections;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.intake.Deduplicate;
import dev.reportflow.streams.routing.ClassifyProcessor;
import dev.reportflow.streams.rules.RulesFromStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies each correction from routing.corrections to what {@link RememberDecisions} remembered:
 * the new copies, retractions and corrected report go out as an {@link Outcome.Classified}, and the
 * stores change, in the task's exactly-once transaction (so a correction takes effect once, however
 * often the app crashes). A refused correction becomes a CORRECTION_REFUSED rejection and changes
 * nothing. Department codes are checked against the rules in the routing-rules global store.
 * A correction of a report forgotten after the correction window is refused naming the window: the
 * dedupe store, which remembers each routed text for its own TTL, tells a report that was routed and
 * forgotten from one that never was.
 */
public final class ApplyCorrection implements Processor<String, RoutingCorrection, String, Outcome> {

    private static final Logger LOG = LoggerFactory.getLogger(ApplyCorrection.class);
    private static final AvroSerde<RoutingCorrection> SERDE = AvroSerde.of(RoutingCorrection.class);
    private static final StringSerializer KEYS = new StringSerializer();

    private final RulesFromStore rules = new RulesFromStore();
    private final Duration window;
    private ProcessorContext<String, Outcome> context;
    private ReadOnlyKeyValueStore<String, ValueAndTimestamp<RoutingRule>> rulesStore;
    private KeyValueStore<String, RoutedSection> deliveries;
    private KeyValueStore<String, byte[]> reports;
    private WindowStore<String, FirstSubmission> routedTexts;

    /** @param window how long after its classification a decision can be corrected ({@value ForgetOldDecisions#WINDOW}) */
    public ApplyCorrection(Duration window) {
        this.window = window;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.routedTexts = context.getStateStore(Deduplicate.DEDUPE_STORE);
        this.rulesStore = context.getStateStore(ClassifyProcessor.RULES_STORE);
        this.deliveries = context.getStateStore(RememberDecisions.CURRENT_DELIVERIES);
        this.reports = context.getStateStore(RememberDecisions.CURRENT_REPORTS);
    }

    @Override
    public void process(Record<String, RoutingCorrection> record) {
        RoutingCorrection correction = record.value();
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        if (correction == null) {
            refuse(record, null, new CorrectionApplier.Refused("An empty record (no value) arrived on the corrections topic: nothing to apply.",
                    null), now);
            return;
        }
        ClassifiedReport report = RememberDecisions.REPORTS.fromBytes(reports.get(correction.getReportId()));
        Set<String> known = new HashSet<>(rules.classifierFor(rulesStore).rules().departmentCodes());
        known.add(Topics.UNASSIGNED);
        CorrectionApplier applier = new CorrectionApplier(known, window);
        FirstSubmission forgotten = report == null ? routedAndForgotten(record.key(), correction.getReportId()) : null;
        CorrectionApplier.Result result = forgotten != null
                ? applier.outsideWindow(correction, "submitted as " + forgotten.getSubmissionId() + ", received at " + forgotten.getReceivedAt())
                : applier.apply(correction, report, copiesByUnit(correction), now);
        if (result instanceof CorrectionApplier.Refused refused) {
            refuse(record, correction, refused, now);
            return;
        }
        CorrectionApplier.Applied applied = (CorrectionApplier.Applied) result;
        applied.withdrawn().forEach(deliveries::delete);
        applied.current().forEach(copy -> deliveries.put(copy.getDeliveryId(), copy));
        reports.put(applied.report().getReportId(), RememberDecisions.REPORTS.toBytes(applied.report()));
        LOG.info("Applied correction {} by {} to {}: {} record(s) to routed topics", correction.getCorrectionId(),
                correction.getBy(), correction.getUnitId() != null ? correction.getUnitId() : correction.getReportId(),
                applied.outputs().size());
        context.forward(record.withValue(new Outcome.Classified(List.of(applied.report()), applied.outputs())));
    }

    /**
     * The dedupe store's entry of the report's submission, when the correction's key (a content
     * hash) names a text routed as that submission: its report was remembered, and is no longer.
     */
    private FirstSubmission routedAndForgotten(String contentHash, String reportId) {
        int hash = reportId.lastIndexOf('#');
        if (contentHash == null || hash < 0) {
            return null;
        }
        String submissionId = reportId.substring(0, hash);
        try (WindowStoreIterator<FirstSubmission> routed = routedTexts.fetch(contentHash, 0, Long.MAX_VALUE)) {
            while (routed.hasNext()) {
                FirstSubmission first = routed.next().value;
                if (first.getSubmissionId().equals(submissionId)) {
                    return first;
                }
            }
        }
        return null;
    }

    /** The current copies of the corrected unit, or of every unit of the corrected report. */
    private Map<String, List<RoutedSection>> copiesByUnit(RoutingCorrection correction) {
        String prefix = correction.getUnitId() != null ? correction.getUnitId() + "@" : correction.getReportId() + "/";
        Map<String, List<RoutedSection>> copies = new LinkedHashMap<>();
        try (KeyValueIterator<String, RoutedSection> found = deliveries.prefixScan(prefix, KEYS)) {
            found.forEachRemaining(entry -> copies.computeIfAbsent(entry.value.getUnitId(), unit -> new ArrayList<>())
                    .add(entry.value));
        }
        return copies;
    }

    private void refuse(Record<String, RoutingCorrection> record, RoutingCorrection correction, CorrectionApplier.Refused refused,
                        Instant now) {
        RecordMetadata metadata = context.recordMetadata().orElseThrow();
        KafkaCoordinates source = new KafkaCoordinates(metadata.topic(), metadata.partition(), metadata.offset());
        LOG.warn("{} ({})", refused.message(), source);
        byte[] original = correction == null ? null : SERDE.toBytes(correction);
        Rejection rejection = Rejections.ofRawRecord(RejectionReason.CORRECTION_REFUSED, refused.message(), original, source, now);
        if (refused.correctionWindow() != null) {
            rejection.setCorrectionWindow(refused.correctionWindow().toString());
        }
        context.forward(record.withValue(new Outcome.Rejected(rejection)));
    }
}
