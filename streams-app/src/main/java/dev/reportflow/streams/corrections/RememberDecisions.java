package dev.reportflow.streams.corrections;

import dev.reportflow.decision.Outcome;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.RoutedSection;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Remembers each classified report and each of its routed copies, in the task of its content
 * hash's partition and in the same transaction as the outputs, so that {@link ApplyCorrection} can
 * later send a unit to another department or withdraw a copy. Every outcome passes through.
 */
public final class RememberDecisions implements Processor<String, Outcome, String, Outcome> {

    /** The current copy of every delivery, by delivery id ({@code <unitId>@<department>}). */
    public static final String CURRENT_DELIVERIES = "current-deliveries";
    /** Every report as it now stands (its corrections included), by report id. */
    public static final String CURRENT_REPORTS = "current-reports";

    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, RoutedSection> deliveries;
    private KeyValueStore<String, ClassifiedReport> reports;

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.deliveries = context.getStateStore(CURRENT_DELIVERIES);
        this.reports = context.getStateStore(CURRENT_REPORTS);
    }

    @Override
    public void process(Record<String, Outcome> record) {
        if (record.value() instanceof Outcome.Classified classified) {
            classified.reports().forEach(report -> reports.put(report.getReportId(), report));
            classified.deliveries().forEach(delivery -> deliveries.put(delivery.getDeliveryId(), delivery));
        }
        context.forward(record);
    }
}
