package dev.reportflow.streams.corrections;

import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.RoutedSection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Forgets the reports and routed copies classified longer ago than the correction window
 * ({@value #WINDOW}), so that the decisions stores, their changelogs and a restore of them hold one
 * window's decisions rather than every decision ever made. The stores are keyed by report and
 * delivery id, which say nothing of age; so each report remembered also gets an entry in
 * {@value #DECISIONS_BY_AGE}, keyed by its classification time first: the oldest decisions are the
 * first keys, and a purge reads only those it deletes, however many the stores hold.
 *
 * <p>A purge deletes whole reports (the report, every copy of it, its index entry), oldest first,
 * and stops once it has deleted {@code maxDeletes} entries, so that the stream thread, which runs
 * it between records, is never held long; what is left waits for the next purge. The deletes go to
 * the changelogs as tombstones in the task's transaction, like every other write of the task.
 */
public final class ForgetOldDecisions {

    /** The property of the window, declared in ReportflowProperties. */
    public static final String WINDOW = "reportflow.corrections.window";
    /** The index: {@code <classifiedAt, 16 hex digits> <reportId>} → reportId. */
    public static final String DECISIONS_BY_AGE = "decisions-by-age";
    /**
     * Entries deleted by one purge at most (plus the rest of the report it is in, so that no report
     * is left half forgotten). A report, its index entry and its ~2.4 copies are ~4.4 deletes: at a
     * purge every {@link #MAX_INTERVAL}, one task forgets up to ~20 reports a second, far above the
     * rate at which decisions age out, and a backlog (a window shortened) drains in the background.
     */
    public static final int MAX_DELETES = 1_000;
    /** Purges run at this interval, or ten times a window shorter than ten times it. */
    static final Duration MAX_INTERVAL = Duration.ofSeconds(10);
    /** Kafka Streams schedules in whole milliseconds. */
    private static final Duration MIN_INTERVAL = Duration.ofMillis(1);

    private static final StringSerializer KEYS = new StringSerializer();

    private final Duration window;
    private final int maxDeletes;
    private final KeyValueStore<String, String> byAge;
    private final KeyValueStore<String, ClassifiedReport> reports;
    private final KeyValueStore<String, RoutedSection> deliveries;

    public ForgetOldDecisions(Duration window, int maxDeletes, KeyValueStore<String, String> byAge,
                              KeyValueStore<String, ClassifiedReport> reports, KeyValueStore<String, RoutedSection> deliveries) {
        if (window.isNegative() || window.isZero() || maxDeletes < 1) {
            throw new IllegalArgumentException("the correction window and a purge's deletes must be positive");
        }
        this.window = window;
        this.maxDeletes = maxDeletes;
        this.byAge = byAge;
        this.reports = reports;
        this.deliveries = deliveries;
    }

    /** How often to purge: often enough that a decision outlives the window by a tenth of it at most. */
    public static Duration interval(Duration window) {
        Duration tenth = window.dividedBy(10);
        if (tenth.compareTo(MAX_INTERVAL) > 0) {
            return MAX_INTERVAL;
        }
        return tenth.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : tenth;
    }

    /** Indexes a report just remembered, by the time it was classified. */
    public void index(ClassifiedReport report) {
        byAge.put(ageKey(report.getClassifiedAt().toEpochMilli(), report.getReportId()), report.getReportId());
    }

    /** What one purge deleted; {@code more} when it stopped at its bound with older decisions left. */
    public record Purged(int reports, int deliveries, boolean more) {

        public int deletes() {
            return 2 * reports + deliveries;
        }
    }

    /** Deletes the oldest decisions classified before {@code nowMillis} minus the window, up to the bound. */
    public Purged purge(long nowMillis) {
        // No key equals the bound (a report id is never empty), and every older one sorts before it.
        String bound = ageKey(nowMillis - window.toMillis(), "");
        List<KeyValue<String, String>> expired = new ArrayList<>();
        int reportCount = 0;
        int deliveryCount = 0;
        boolean more = false;
        try (KeyValueIterator<String, String> oldest = byAge.range(null, bound)) {
            while (oldest.hasNext()) {
                if (2 * reportCount + deliveryCount >= maxDeletes) {
                    more = true;
                    break;
                }
                KeyValue<String, String> entry = oldest.next();
                expired.add(entry);
                reportCount++;
                deliveryCount += forget(entry.value);
            }
        }
        expired.forEach(entry -> byAge.delete(entry.key));
        return new Purged(reportCount, deliveryCount, more);
    }

    /** Deletes the report and every copy of it (a correction's copies too); returns how many copies. */
    private int forget(String reportId) {
        reports.delete(reportId);
        List<String> copies = new ArrayList<>();
        try (KeyValueIterator<String, RoutedSection> found = deliveries.prefixScan(reportId + "/", KEYS)) {
            found.forEachRemaining(entry -> copies.add(entry.key));
        }
        copies.forEach(deliveries::delete);
        return copies.size();
    }

    /** The index's key of a report: its classification time, in fixed-width hex so that keys sort by it, then its id. */
    public static String ageKey(long classifiedAtMillis, String reportId) {
        return String.format(Locale.ROOT, "%016x %s", Math.max(0, classifiedAtMillis), reportId);
    }
}
