package dev.reportflow.web.metrics;

import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pipeline's own measures, taken from its output topics: sections routed per department,
 * submissions rejected per reason, and how long a report took from the office's submit to being
 * routed ({@code classifiedAt - receivedAt}; the routed record's Kafka timestamp cannot serve, as
 * Kafka Streams gives output records the input record's timestamp), and the triage backlog: the
 * sections on {@code routed.unassigned} that no correction has withdrawn yet, which wait for a person.
 */
public final class PipelineMetrics {

    public static final String ROUTED = "reportflow.routed.sections";
    public static final String WITHDRAWN = "reportflow.withdrawn.sections";
    public static final String REJECTED = "reportflow.rejected.submissions";
    public static final String LATENCY = "reportflow.routing.latency";
    public static final String TRIAGE_BACKLOG = "reportflow.triage.backlog";
    /** Report ids already timed: a report's sections arrive on many topics but it was routed once. */
    private static final int REMEMBERED_REPORTS = 10_000;

    private final MeterRegistry registry;
    private final Timer latency;
    /** Delivery ids on routed.unassigned not yet withdrawn: as many as wait, so bounded by the backlog itself. */
    private final Set<String> awaitingTriage = ConcurrentHashMap.newKeySet();
    private final Map<String, Boolean> timedReports = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_REPORTS;
        }
    };

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder(LATENCY)
                .description("From the office's submit (receivedAt) to the report being routed (classifiedAt), once per report")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10))
                .maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry);
        Gauge.builder(TRIAGE_BACKLOG, awaitingTriage, Set::size)
                .description("Sections on routed.unassigned waiting for a person: delivered there and not withdrawn by a correction")
                .register(registry);
    }

    public void routed(RoutedSection section) {
        Counter.builder(ROUTED).description("Sections delivered to a department's routed topic")
                .tag("department", section.getRoutedTo()).register(registry).increment();
        if (Topics.UNASSIGNED.equals(section.getRoutedTo())) {
            awaitingTriage.add(section.getDeliveryId());
        }
        synchronized (timedReports) {
            if (timedReports.putIfAbsent(section.getReportId(), Boolean.TRUE) != null) {
                return;
            }
        }
        Duration took = Duration.between(section.getReceivedAt(), section.getClassifiedAt());
        if (!took.isNegative()) {
            latency.record(took);
        }
    }

    public void withdrawn(RoutedSection retraction) {
        Counter.builder(WITHDRAWN).description("Deliveries a correction withdrew from a department's routed topic")
                .tag("department", retraction.getRoutedTo()).register(registry).increment();
        if (Topics.UNASSIGNED.equals(retraction.getRoutedTo())) {
            awaitingTriage.remove(retraction.getDeliveryId());
        }
    }

    public void rejected(Rejection rejection) {
        Counter.builder(REJECTED).description("Submissions the pipeline rejected, by reason")
                .tag("reason", rejection.getReason().name()).register(registry).increment();
    }
}
