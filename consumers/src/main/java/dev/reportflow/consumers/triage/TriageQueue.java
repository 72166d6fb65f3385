package dev.reportflow.consumers.triage;

import dev.reportflow.consumers.common.SectionPaths;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What waits for a triage clerk: the units on {@code routed.unassigned} that no correction has
 * withdrawn, grouped by report, oldest report first.
 */
public final class TriageQueue {

    private static final Logger LOG = LoggerFactory.getLogger(TriageQueue.class);
    private static final AvroSerde<RoutedSection> SECTIONS = AvroSerde.of(RoutedSection.class);
    private static final AvroSerde<ClassifiedReport> REPORTS = AvroSerde.of(ClassifiedReport.class);

    private final TopicScanner scanner;
    private final Topics topics;
    private final Set<String> existingTopics;

    public TriageQueue(TopicScanner scanner, Topics topics, Set<String> existingTopics) {
        this.scanner = scanner;
        this.topics = topics;
        this.existingTopics = Set.copyOf(existingTopics);
    }

    public List<PendingReport> pending() {
        String unassigned = topics.routed(Topics.UNASSIGNED);
        if (!existingTopics.contains(unassigned)) {
            return List.of();
        }
        // A delivery and its retraction share the delivery id (the record key, so one partition, in
        // order): the last record of each id says whether the copy still waits.
        Map<String, RoutedSection> current = new LinkedHashMap<>();
        scanner.scanAll(List.of(unassigned), record -> {
            RoutedSection section = decode(SECTIONS, record);
            if (section != null) {
                current.put(section.getDeliveryId(), section);
            }
        });
        Map<String, List<RoutedSection>> unitsByReport = new HashMap<>();
        current.values().stream().filter(section -> !section.getRetracted())
                .forEach(section -> unitsByReport.computeIfAbsent(section.getReportId(), id -> new ArrayList<>()).add(section));
        if (unitsByReport.isEmpty()) {
            return List.of();
        }
        Map<String, ClassifiedReport> newest = newestClassifications(unitsByReport.keySet());
        List<PendingReport> reports = new ArrayList<>();
        unitsByReport.forEach((reportId, units) -> {
            units.sort(Comparator.comparing(RoutedSection::getSectionPath, SectionPaths::compare));
            reports.add(new PendingReport(reportId, newest.get(reportId), List.copyOf(units)));
        });
        reports.sort(Comparator.comparing(PendingReport::receivedAt).thenComparing(PendingReport::reportId));
        return reports;
    }

    /** Reports are keyed by id, so only the ones waiting are decoded; a corrected report's newest record wins. */
    private Map<String, ClassifiedReport> newestClassifications(Set<String> reportIds) {
        Map<String, ClassifiedReport> newest = new HashMap<>();
        if (!existingTopics.contains(topics.classified())) {
            return newest;
        }
        scanner.scanAll(List.of(topics.classified()), record -> {
            if (record.key() != null && reportIds.contains(new String(record.key(), StandardCharsets.UTF_8))) {
                ClassifiedReport report = decode(REPORTS, record);
                if (report != null) {
                    newest.put(report.getReportId(), report);
                }
            }
        });
        return newest;
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
