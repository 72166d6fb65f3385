package dev.reportflow.streams.corrections;

import dev.reportflow.decision.Outcome;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.RoutedSection;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers each classified report and each of its routed copies, in the task of its content
 * hash's partition and in the same transaction as the outputs, so that {@link ApplyCorrection} can
 * later send a unit to another department or withdraw a copy, for as long as the correction window
 * lasts: a wall-clock punctuation sweeps the reports and forgets older decisions
 * ({@link ForgetOldDecisions}). Every outcome passes through.
 */
public final class RememberDecisions implements Processor<String, Outcome, String, Outcome> {

    /** The current copy of every delivery, by delivery id ({@code <unitId>@<department>}). */
    public static final String CURRENT_DELIVERIES = "current-deliveries";
    /**
     * Every report as it now stands (its corrections included), by report id, encoded by
     * {@link #REPORTS}: the store keeps the bytes, so that the sweep of {@link ForgetOldDecisions}
     * reads a report's age without decoding the rest of it.
     */
    public static final String CURRENT_REPORTS = "current-reports";
    /** How {@link #CURRENT_REPORTS} encodes a report: once for the store and the classified topic. */
    static final AvroSerde<ClassifiedReport> REPORTS = AvroSerde.encodingOnce(ClassifiedReport.class);

    private static final Logger LOG = LoggerFactory.getLogger(RememberDecisions.class);

    private final Duration window;
    private final int maxEntries;
    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, RoutedSection> deliveries;
    private KeyValueStore<String, byte[]> reports;
    private ForgetOldDecisions forget;

    /**
     * @param window     how long a decision stays correctable ({@value ForgetOldDecisions#WINDOW})
     * @param maxEntries the bound of one step of the sweep ({@link ForgetOldDecisions#MAX_ENTRIES})
     */
    public RememberDecisions(Duration window, int maxEntries) {
        this.window = window;
        this.maxEntries = maxEntries;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.deliveries = context.getStateStore(CURRENT_DELIVERIES);
        this.reports = context.getStateStore(CURRENT_REPORTS);
        this.forget = new ForgetOldDecisions(window, maxEntries, reports, deliveries);
        context.schedule(ForgetOldDecisions.interval(window), PunctuationType.WALL_CLOCK_TIME, this::sweep);
    }

    private void sweep(long nowMillis) {
        ForgetOldDecisions.Step step = forget.step(nowMillis);
        if (step.reports() > 0) {
            LOG.debug("Forgot {} report(s) and {} routed cop(ies) older than the correction window {} (task {}{})", step.reports(),
                    step.copies(), window, context.taskId(), step.passEnded() ? "; the sweep's pass ended" : "");
        }
    }

    @Override
    public void process(Record<String, Outcome> record) {
        if (record.value() instanceof Outcome.Classified classified) {
            for (ClassifiedReport report : classified.reports()) {
                reports.put(report.getReportId(), REPORTS.toBytes(report));
            }
            classified.deliveries().forEach(delivery -> deliveries.put(delivery.getDeliveryId(), delivery));
        }
        context.forward(record);
    }
}
