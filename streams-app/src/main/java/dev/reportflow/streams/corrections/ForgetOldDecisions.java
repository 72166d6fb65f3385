package dev.reportflow.streams.corrections;

import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.LongFieldReader;
import dev.reportflow.schemas.RoutedSection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Forgets the reports and routed copies classified longer ago than the correction window
 * ({@value #WINDOW}), so that the decisions stores, their changelogs and a restore of them hold
 * about one window's decisions rather than every decision ever made.
 *
 * <p>A sweep goes through the remembered reports in key order, one bounded step at a time, reading
 * only each report's {@code classifiedAt} from its bytes, and deletes every report older than the
 * window with every copy of it (the copies' keys start with the report's id). A step stops once it
 * has read and deleted {@code maxEntries} entries (finishing the report it is in), so the stream
 * thread, which runs it between records, is never held long; the next step goes on from the key
 * after the last one read. Where the sweep is, is kept in memory only: after a restart or a
 * rebalance the task's sweep starts over from the first key, one more pass, bounded like any other.
 * Nothing is written for the sweep's sake on the way in: no index, no changelog of one.
 *
 * <p>Between passes the sweep rests: a pass starts no sooner than a tenth of the window after the
 * previous one started, nor before the oldest decision the previous pass kept can have come of age
 * (so a store whose decisions are all young is not read at all). A decision is therefore forgotten
 * at most a tenth of the window, plus one pass, after its window ends. The deletes go to the
 * changelogs as tombstones in the task's transaction, like every other write of the task.
 */
public final class ForgetOldDecisions {

    /** The property of the window, declared in ReportflowProperties. */
    public static final String WINDOW = "reportflow.corrections.window";
    /**
     * Entries read and deleted by one step at most (plus the rest of the report it is in, so that no
     * report is left half forgotten). At a step every {@link #MAX_INTERVAL}, one task reads 100
     * reports a second, or forgets about 20 (a report and its ~2.4 copies are ~4.4 entries with the
     * read): a pass over 100,000 reports takes about 17 minutes.
     */
    public static final int MAX_ENTRIES = 1_000;
    /** Steps run at this interval, or ten times a window shorter than ten times it. */
    static final Duration MAX_INTERVAL = Duration.ofSeconds(10);
    /** Kafka Streams schedules in whole milliseconds. */
    private static final Duration MIN_INTERVAL = Duration.ofMillis(1);
    /** The key just after a given one in the stores' order (UTF-8 bytes): the key followed by a zero byte. */
    private static final String NEXT_KEY = "\0";

    private static final StringSerializer KEYS = new StringSerializer();

    private final Duration window;
    private final int maxEntries;
    private final KeyValueStore<String, byte[]> reports;
    private final KeyValueStore<String, RoutedSection> deliveries;
    private final LongFieldReader classifiedAt = LongFieldReader.of(ClassifiedReport.getClassSchema(), "classifiedAt");

    /** The last key the current pass read; null before its first step. */
    private String cursor;
    /** When the current pass started; -1 while the sweep rests between passes. */
    private long passStartedAt = -1;
    /** The oldest classification time among the reports the current pass kept. */
    private long oldestKept = Long.MAX_VALUE;
    /** No pass starts before this. */
    private long nextPassAt = Long.MIN_VALUE;

    public ForgetOldDecisions(Duration window, int maxEntries, KeyValueStore<String, byte[]> reports,
                              KeyValueStore<String, RoutedSection> deliveries) {
        if (window.isNegative() || window.isZero() || maxEntries < 1) {
            throw new IllegalArgumentException("the correction window and a step's entries must be positive");
        }
        this.window = window;
        this.maxEntries = maxEntries;
        this.reports = reports;
        this.deliveries = deliveries;
    }

    /** How often to step: often enough that a small store is swept in a tenth of the window. */
    public static Duration interval(Duration window) {
        Duration tenth = window.dividedBy(10);
        if (tenth.compareTo(MAX_INTERVAL) > 0) {
            return MAX_INTERVAL;
        }
        return tenth.compareTo(MIN_INTERVAL) < 0 ? MIN_INTERVAL : tenth;
    }

    /**
     * What one step did: reports read, reports and copies forgotten, and whether it ended its pass.
     * A step while the sweep rests reads nothing and ends no pass.
     */
    public record Step(int read, int reports, int copies, boolean passEnded) {

        public int entries() {
            return read + reports + copies;
        }
    }

    /** One step of the sweep at {@code nowMillis}: deletes the decisions it reads that were classified before the window. */
    public Step step(long nowMillis) {
        if (passStartedAt < 0) {
            if (nowMillis < nextPassAt) {
                return new Step(0, 0, 0, false);
            }
            passStartedAt = nowMillis;
        }
        long expiredBefore = nowMillis - window.toMillis();
        List<String> expired = new ArrayList<>();
        int read = 0;
        int copies = 0;
        boolean passEnded = true;
        try (KeyValueIterator<String, byte[]> next = reports.range(cursor == null ? null : cursor + NEXT_KEY, null)) {
            while (next.hasNext()) {
                if (read + expired.size() + copies >= maxEntries) {
                    passEnded = false;
                    break;
                }
                KeyValue<String, byte[]> report = next.next();
                read++;
                cursor = report.key;
                long at = classifiedAt.read(report.value);
                if (at < expiredBefore) {
                    expired.add(report.key);
                    copies += forgetCopies(report.key);
                } else {
                    oldestKept = Math.min(oldestKept, at);
                }
            }
        }
        expired.forEach(reports::delete);
        if (passEnded) {
            endPass();
        }
        return new Step(read, expired.size(), copies, passEnded);
    }

    /**
     * Rests until a tenth of the window after the pass started, or until the oldest decision it kept
     * (or one classified since it started, which it may not have read) can come of age, whichever is later.
     */
    private void endPass() {
        long oldestLeft = Math.min(oldestKept, passStartedAt);
        nextPassAt = Math.max(passStartedAt + window.toMillis() / 10, oldestLeft + window.toMillis());
        cursor = null;
        passStartedAt = -1;
        oldestKept = Long.MAX_VALUE;
    }

    /** Deletes every copy of the report (a correction's copies too); returns how many. */
    private int forgetCopies(String reportId) {
        List<String> copies = new ArrayList<>();
        try (KeyValueIterator<String, RoutedSection> found = deliveries.prefixScan(reportId + "/", KEYS)) {
            found.forEachRemaining(entry -> copies.add(entry.key));
        }
        copies.forEach(deliveries::delete);
        return copies.size();
    }
}
