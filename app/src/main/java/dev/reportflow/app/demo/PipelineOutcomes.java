package dev.reportflow.app.demo;

import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the pipeline's output topics (classified, rejected, routed.*) with read_committed until
 * every awaited submission is accounted for: rejected, or classified with all its routed copies
 * delivered. Its consumer group is new each time and commits nothing.
 */
public final class PipelineOutcomes implements AutoCloseable {

    private final Topics topics;
    private final Set<String> awaited;
    private final KafkaConsumer<String, byte[]> consumer;
    private final AvroSerde<ClassifiedReport> reportSerde = AvroSerde.of(ClassifiedReport.class);
    private final AvroSerde<Rejection> rejectionSerde = AvroSerde.of(Rejection.class);
    private final AvroSerde<RoutedSection> deliverySerde = AvroSerde.of(RoutedSection.class);

    private final Map<String, List<ClassifiedReport>> reportsBySubmission = new HashMap<>();
    private final Map<String, Rejection> rejectionsBySubmission = new HashMap<>();
    private final List<Rejection> unidentifiedRejections = new ArrayList<>();
    private final Map<String, List<RoutedSection>> deliveriesBySubmission = new HashMap<>();

    /**
     * Collects the outcomes of {@code awaited} submissions; other records on the topics are ignored.
     * {@code connection} is bootstrap.servers plus any security settings.
     */
    public PipelineOutcomes(Map<String, Object> connection, Topics topics, Set<String> awaited) {
        this.topics = topics;
        this.awaited = Set.copyOf(awaited);
        Map<String, Object> config = new HashMap<>(connection);
        config.putAll(Map.of("group.id", "reportflow-outcomes-" + System.nanoTime(), "enable.auto.commit", false,
                "auto.offset.reset", "earliest", "isolation.level", "read_committed", "metadata.max.age.ms", 1000,
                "max.partition.fetch.bytes", 8 * 1024 * 1024));
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(Pattern.compile(Pattern.quote(topics.classified()) + "|" + Pattern.quote(topics.rejected())
                + "|" + Pattern.quote(topics.routedPrefix()) + ".*"));
    }

    /** Polls until each awaited submission is accounted for, or the timeout passes; returns those still open. */
    public Set<String> awaitAll(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> open = new HashSet<>(awaited);
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                accept(record);
            }
            open.removeIf(this::isAccountedFor);
        }
        return open;
    }

    public boolean isAccountedFor(String submissionId) {
        if (rejectionsBySubmission.containsKey(submissionId)) {
            return true;
        }
        List<ClassifiedReport> reports = reportsBySubmission.get(submissionId);
        return reports != null && !reports.isEmpty()
                && reports.size() == reports.get(0).getReportCount()
                && deliveriesBySubmission.getOrDefault(submissionId, List.of()).size()
                == reports.stream().mapToInt(ClassifiedReport::getRoutedCopies).sum();
    }

    private void accept(ConsumerRecord<String, byte[]> record) {
        if (record.topic().equals(topics.classified())) {
            ClassifiedReport report = reportSerde.fromBytes(record.value());
            if (!awaited.contains(report.getSubmissionId())) {
                return;
            }
            reportsBySubmission.computeIfAbsent(report.getSubmissionId(), k -> new ArrayList<>()).add(report);
        } else if (record.topic().equals(topics.rejected())) {
            Rejection rejection = rejectionSerde.fromBytes(record.value());
            if (rejection.getSubmissionId() == null) {
                unidentifiedRejections.add(rejection);
            } else if (awaited.contains(rejection.getSubmissionId())) {
                rejectionsBySubmission.put(rejection.getSubmissionId(), rejection);
            }
        } else {
            RoutedSection delivery = deliverySerde.fromBytes(record.value());
            if (!awaited.contains(delivery.getSubmissionId())) {
                return;
            }
            deliveriesBySubmission.computeIfAbsent(delivery.getSubmissionId(), k -> new ArrayList<>()).add(delivery);
        }
    }

    public Map<String, List<ClassifiedReport>> reports() {
        return reportsBySubmission;
    }

    public Map<String, Rejection> rejections() {
        return rejectionsBySubmission;
    }

    public List<Rejection> unidentifiedRejections() {
        return unidentifiedRejections;
    }

    public Map<String, List<RoutedSection>> deliveries() {
        return deliveriesBySubmission;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
