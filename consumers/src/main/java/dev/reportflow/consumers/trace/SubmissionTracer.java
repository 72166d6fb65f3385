package dev.reportflow.consumers.trace;

import dev.reportflow.consumers.common.SectionPaths;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.consumers.trace.SubmissionTrace.Located;
import dev.reportflow.consumers.trace.SubmissionTrace.Received;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.SubmissionIds;
import dev.reportflow.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects what happened to one submission. Output topics are scanned by record key where the key
 * names the submission (report ids and delivery ids start with {@code <submissionId>#}), so only
 * matching records are decoded; the intake record is then fetched by the coordinates the outputs
 * carry, and the intake topic is scanned only when no output names it yet.
 */
public final class SubmissionTracer {

    private static final Logger LOG = LoggerFactory.getLogger(SubmissionTracer.class);
    private static final AvroSerde<Submission> SUBMISSIONS = AvroSerde.of(Submission.class);
    private static final AvroSerde<ClassifiedReport> REPORTS = AvroSerde.of(ClassifiedReport.class);
    private static final AvroSerde<Rejection> REJECTIONS = AvroSerde.of(Rejection.class);
    private static final AvroSerde<RoutedSection> SECTIONS = AvroSerde.of(RoutedSection.class);

    private final TopicScanner scanner;
    private final Topics topics;
    private final Set<String> existingTopics;

    public SubmissionTracer(TopicScanner scanner, Topics topics, Set<String> existingTopics) {
        this.scanner = scanner;
        this.topics = topics;
        this.existingTopics = Set.copyOf(existingTopics);
    }

    public SubmissionTrace trace(String submissionId) {
        String reportKeyPrefix = submissionId + "#";
        // A corrected report is written again under its id: the newest record is the decision as it stands.
        Map<String, ClassifiedReport> reportsById = new java.util.HashMap<>();
        List<Located<Rejection>> rejections = new ArrayList<>();
        List<Located<RoutedSection>> deliveries = new ArrayList<>();
        List<String> outputs = new ArrayList<>(List.of(topics.classified(), topics.rejected()));
        existingTopics.stream().filter(t -> topics.departmentOf(t) != null).sorted().forEach(outputs::add);
        // One pass over every output topic: each scan costs a few fetch round trips however small the topic.
        scanExisting(outputs, record -> {
            if (record.topic().equals(topics.rejected())) {
                Rejection rejection = decode(REJECTIONS, record);
                if (rejection != null && submissionId.equals(rejection.getSubmissionId())) {
                    rejections.add(new Located<>(rejection, coordinates(record)));
                }
            } else if (keyStartsWith(record, reportKeyPrefix) && record.topic().equals(topics.classified())) {
                ClassifiedReport report = decode(REPORTS, record);
                if (report != null && report.getSubmissionId().equals(submissionId)) {
                    reportsById.put(report.getReportId(), report);
                }
            } else if (keyStartsWith(record, reportKeyPrefix)) {
                RoutedSection section = decode(SECTIONS, record);
                if (section != null && section.getSubmissionId().equals(submissionId)) {
                    deliveries.add(new Located<>(section, coordinates(record)));
                }
            }
        });
        List<ClassifiedReport> reports = new ArrayList<>(reportsById.values());
        reports.sort(Comparator.comparing(ClassifiedReport::getReportIndex));
        deliveries.sort(Comparator.comparing((Located<RoutedSection> d) -> d.record().getReportId())
                .thenComparing(d -> d.record().getSectionPath(), SectionPaths::compare)
                .thenComparing(d -> d.record().getRoutedTo()));
        Received received = findIntake(submissionId, reports, rejections);
        return new SubmissionTrace(submissionId, received, reports, rejections, deliveries);
    }

    private Received findIntake(String submissionId, List<ClassifiedReport> reports, List<Located<Rejection>> rejections) {
        List<KafkaCoordinates> known = new ArrayList<>();
        SubmissionIds.placeOf(submissionId).ifPresent(place ->
                known.add(new KafkaCoordinates(topics.submitted(), (int) place[0], place[1])));
        reports.forEach(r -> known.add(r.getSource()));
        rejections.forEach(r -> known.add(r.record().getSource()));
        for (KafkaCoordinates at : known) {
            Received received = fetchIntake(at, submissionId);
            if (received != null) {
                return received;
            }
        }
        List<Received> found = new ArrayList<>();
        scanExisting(List.of(topics.submitted()), record -> {
            Submission submission = decode(SUBMISSIONS, record);
            if (found.isEmpty() && submission != null
                    && SubmissionIds.names(submissionId, submission, record.partition(), record.offset())) {
                found.add(received(submission, record));
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    private Received fetchIntake(KafkaCoordinates at, String submissionId) {
        if (!existingTopics.contains(at.getTopic())) {
            return null;
        }
        TopicPartition tp = new TopicPartition(at.getTopic(), at.getPartition());
        List<Received> found = new ArrayList<>();
        scanner.scan(Map.of(tp, at.getOffset()), Map.of(tp, at.getOffset() + 1), record -> {
            Submission submission = decode(SUBMISSIONS, record);
            if (submission != null && SubmissionIds.names(submissionId, submission, record.partition(), record.offset())) {
                found.add(received(submission, record));
            }
        });
        return found.isEmpty() ? null : found.get(0);
    }

    private void scanExisting(List<String> names, Consumer<ConsumerRecord<byte[], byte[]>> handler) {
        List<String> present = names.stream().filter(existingTopics::contains).toList();
        if (!present.isEmpty()) {
            scanner.scanAll(present, handler);
        }
    }

    private static Received received(Submission submission, ConsumerRecord<byte[], byte[]> record) {
        return new Received(submission, coordinates(record), Instant.ofEpochMilli(record.timestamp()));
    }

    private static boolean keyStartsWith(ConsumerRecord<byte[], byte[]> record, String prefix) {
        return record.key() != null && new String(record.key(), StandardCharsets.UTF_8).startsWith(prefix);
    }

    private static KafkaCoordinates coordinates(ConsumerRecord<?, ?> record) {
        return new KafkaCoordinates(record.topic(), record.partition(), record.offset());
    }

    private static <T extends SpecificRecord> T decode(AvroSerde<T> serde, ConsumerRecord<byte[], byte[]> record) {
        try {
            return serde.fromBytes(record.value());
        } catch (SerializationException e) {
            LOG.warn("Skipping undecodable record {}[{}]@{}", record.topic(), record.partition(), record.offset());
            return null;
        }
    }
}
