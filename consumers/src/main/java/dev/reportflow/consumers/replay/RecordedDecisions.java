package dev.reportflow.consumers.replay;

import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the pipeline decided at the time, per submission id: its reports on reports.classified, or
 * its rejection. Output records are stamped with their input's time or later, so reading from the
 * start of the replay window is enough.
 */
final class RecordedDecisions {

    private static final Logger LOG = LoggerFactory.getLogger(RecordedDecisions.class);
    private static final AvroSerde<ClassifiedReport> REPORTS = AvroSerde.of(ClassifiedReport.class);
    private static final AvroSerde<Rejection> REJECTIONS = AvroSerde.of(Rejection.class);

    private final Map<String, List<ClassifiedReport>> reports = new HashMap<>();
    private final Map<String, Rejection> rejections = new HashMap<>();

    static RecordedDecisions read(TopicScanner scanner, Topics topics, Instant from) {
        RecordedDecisions decisions = new RecordedDecisions();
        Set<TopicPartition> partitions = new java.util.HashSet<>(scanner.partitions(topics.classified()));
        partitions.addAll(scanner.partitions(topics.rejected()));
        scanner.scan(scanner.offsetsAt(partitions, from.toEpochMilli()), scanner.endOffsets(partitions), record -> {
            try {
                if (record.topic().equals(topics.classified())) {
                    ClassifiedReport report = REPORTS.fromBytes(record.value());
                    if (report != null) {
                        decisions.reports.computeIfAbsent(report.getSubmissionId(), id -> new ArrayList<>()).add(report);
                    }
                } else {
                    Rejection rejection = REJECTIONS.fromBytes(record.value());
                    if (rejection != null && rejection.getSubmissionId() != null) {
                        decisions.rejections.put(rejection.getSubmissionId(), rejection);
                    }
                }
            } catch (SerializationException e) {
                LOG.warn("Skipping undecodable record {}[{}]@{}", record.topic(), record.partition(), record.offset());
            }
        });
        return decisions;
    }

    /** Whether a decision was recorded for {@code submissionId}. */
    boolean has(String submissionId) {
        return reports.containsKey(submissionId) || rejections.containsKey(submissionId);
    }

    /** The first copy a recorded DUPLICATE rejection points to. */
    Optional<FirstSubmission> duplicateOf(String submissionId) {
        Rejection rejection = rejections.get(submissionId);
        return Optional.ofNullable(rejection == null ? null : rejection.getDuplicateOf());
    }

    /** The recorded decision; a submission classified twice (a replayed input) keeps its latest reports. */
    Decision of(String submissionId) {
        List<ClassifiedReport> found = reports.get(submissionId);
        if (found != null && !found.isEmpty()) {
            Map<Integer, ClassifiedReport> latestPerIndex = new java.util.TreeMap<>();
            found.forEach(r -> latestPerIndex.put(r.getReportIndex(), r));
            return Decisions.recorded(new ArrayList<>(latestPerIndex.values()));
        }
        Rejection rejection = rejections.get(submissionId);
        return rejection != null ? Decisions.rejected(rejection) : Decisions.none();
    }
}
