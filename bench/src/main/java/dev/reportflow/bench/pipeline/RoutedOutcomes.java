package dev.reportflow.bench.pipeline;

import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Topics;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Accounts for submissions from reportflow's outputs, as the demo's reader does: a submission is
 * done when it is rejected, or when all its reports are on the classified topic and all their
 * routed copies on the routed topics. Only the classified records are decoded (they say how many
 * copies to expect); routed records are attributed by their key, {@code <submission>#<n>/<path>@<code>},
 * so the reader spends little of the CPU the pipeline under test needs.
 */
public final class RoutedOutcomes implements OutputTracker {

    /** Told once per submission, when it is done. */
    public interface Listener {
        void done(String submissionId, long lastRoutedTimestamp, long readAtMillis);
    }

    private final Topics topics;
    private final Listener listener;
    private final AvroSerde<ClassifiedReport> reports = AvroSerde.of(ClassifiedReport.class);
    private final Map<String, Progress> open = new HashMap<>();
    private long completed;
    private long classifiedReports;
    private long rejected;
    private long routedRecords;
    private long routedBytes;

    public RoutedOutcomes(Topics topics, Listener listener) {
        this.topics = topics;
        this.listener = listener;
    }

    private static final class Progress {
        int reportCount = -1;
        int reportsSeen;
        int copiesExpected;
        int copiesSeen;
        long lastRoutedTimestamp = -1;
        boolean rejected;

        boolean done() {
            return rejected || reportCount > 0 && reportsSeen == reportCount && copiesSeen == copiesExpected;
        }
    }

    @Override
    public void accept(ConsumerRecord<String, byte[]> record, long readAtMillis) {
        String submissionId;
        Progress progress;
        if (record.topic().equals(topics.classified())) {
            ClassifiedReport report = reports.fromBytes(record.value());
            submissionId = report.getSubmissionId();
            progress = open.computeIfAbsent(submissionId, id -> new Progress());
            progress.reportCount = report.getReportCount();
            progress.reportsSeen++;
            classifiedReports++;
            progress.copiesExpected += report.getRoutedCopies();
        } else if (record.topic().equals(topics.rejected())) {
            submissionId = record.key();
            progress = open.computeIfAbsent(submissionId, id -> new Progress());
            progress.rejected = true;
            rejected++;
        } else {
            submissionId = record.key().substring(0, record.key().indexOf('#'));
            progress = open.computeIfAbsent(submissionId, id -> new Progress());
            progress.copiesSeen++;
            progress.lastRoutedTimestamp = Math.max(progress.lastRoutedTimestamp, record.timestamp());
            routedRecords++;
            routedBytes += record.serializedValueSize();
        }
        if (progress.done()) {
            open.remove(submissionId);
            completed++;
            listener.done(submissionId, progress.lastRoutedTimestamp, readAtMillis);
        }
    }

    @Override
    public long completed() {
        return completed;
    }

    public long classifiedReports() {
        return classifiedReports;
    }

    public long rejected() {
        return rejected;
    }

    public long routedRecords() {
        return routedRecords;
    }

    public long routedBytes() {
        return routedBytes;
    }
}
