package dev.reportflow.streams.corrections;

import dev.reportflow.decision.Outcome;
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
 * lasts: a wall-clock punctuation forgets older decisions ({@link ForgetOldDecisions}). Every outcome
 * passes through.
 */
public final class RememberDecisions implements Processor<String, Outcome, String, Outcome> {

    /** The current copy of every delivery, by delivery id ({@code <unitId>@<department>}). */
    public static final String CURRENT_DELIVERIES = "current-deliveries";
    /** Every report as it now stands (its corrections included), by report id. */
    public static final String CURRENT_REPORTS = "current-reports";

    private static final Logger LOG = LoggerFactory.getLogger(RememberDecisions.class);

    private final Duration window;
    private final int maxDeletes;
    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, RoutedSection> deliveries;
    private KeyValueStore<String, ClassifiedReport> reports;
    private ForgetOldDecisions forget;

    /**
     * @param window     how long a decision stays correctable ({@value ForgetOldDecisions#WINDOW})
     * @param maxDeletes the bound of one purge ({@link ForgetOldDecisions#MAX_DELETES})
     */
    public RememberDecisions(Duration window, int maxDeletes) {
        this.window = window;
        this.maxDeletes = maxDeletes;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.deliveries = context.getStateStore(CURRENT_DELIVERIES);
        this.reports = context.getStateStore(CURRENT_REPORTS);
        this.forget = new ForgetOldDecisions(window, maxDeletes, context.getStateStore(ForgetOldDecisions.DECISIONS_BY_AGE),
                reports, deliveries);
        context.schedule(ForgetOldDecisions.interval(window), PunctuationType.WALL_CLOCK_TIME, this::purge);
    }

    private void purge(long nowMillis) {
        ForgetOldDecisions.Purged purged = forget.purge(nowMillis);
        if (purged.reports() > 0) {
            LOG.debug("Forgot {} report(s) and {} routed cop(ies) older than the correction window {} (task {}{})", purged.reports(),
                    purged.deliveries(), window, context.taskId(), purged.more() ? "; more left for the next purge" : "");
        }
    }

    @Override
    public void process(Record<String, Outcome> record) {
        if (record.value() instanceof Outcome.Classified classified) {
            for (ClassifiedReport report : classified.reports()) {
                reports.put(report.getReportId(), report);
                forget.index(report);
            }
            classified.deliveries().forEach(delivery -> deliveries.put(delivery.getDeliveryId(), delivery));
        }
        context.forward(record);
    }
}
