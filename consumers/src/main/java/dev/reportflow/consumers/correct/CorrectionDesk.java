package dev.reportflow.consumers.correct;

import dev.reportflow.consumers.common.KafkaClients;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.OutlineSection;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.utils.Utils;

/**
 * What {@code reportflow correct} does on the cluster: finds the report as it now stands on the
 * classified topic, sends the correction keyed by the report's content hash (the streams app keeps
 * the report in that hash's partition), and waits for the app's answer: the corrected report, or a
 * CORRECTION_REFUSED rejection. Each lookup reads one partition: the one the record's key picks.
 */
public final class CorrectionDesk {

    private static final AvroSerde<ClassifiedReport> REPORTS = AvroSerde.of(ClassifiedReport.class);
    private static final AvroSerde<Rejection> REJECTIONS = AvroSerde.of(Rejection.class);
    private static final AvroSerde<RoutingCorrection> CORRECTIONS = AvroSerde.of(RoutingCorrection.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaClients clients;
    private final Topics topics;

    public CorrectionDesk(KafkaClients clients, Topics topics) {
        this.clients = clients;
        this.topics = topics;
    }

    /** The newest record of the report on the classified topic. */
    public Optional<ClassifiedReport> report(String reportId) {
        List<ClassifiedReport> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = clients.groupLessConsumer()) {
            TopicScanner scanner = new TopicScanner(consumer);
            TopicPartition partition = partitionOf(scanner, topics.classified(), reportId);
            scanner.scan(scanner.beginningOffsets(List.of(partition)), scanner.endOffsets(List.of(partition)), record -> {
                if (keyIs(record, reportId)) {
                    decode(REPORTS, record).ifPresent(found::add);
                }
            });
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(found.size() - 1));
    }

    /**
     * The report's routed units: a second-level section, or a top-level one without any, by its
     * 1-based path; a report without an outline is one unit, "0".
     */
    public static List<String> unitIds(ClassifiedReport report) {
        List<String> units = new ArrayList<>();
        List<OutlineSection> outline = report.getOutline();
        for (int i = 0; i < outline.size(); i++) {
            int subsections = outline.get(i).getSubsections().size();
            if (subsections == 0) {
                units.add(report.getReportId() + "/" + (i + 1));
            }
            for (int j = 0; j < subsections; j++) {
                units.add(report.getReportId() + "/" + (i + 1) + "." + (j + 1));
            }
        }
        return units.isEmpty() ? List.of(report.getReportId() + "/0") : units;
    }

    /** What became of a correction sent. */
    public sealed interface Outcome {
    }

    public record Applied(ClassifiedReport report) implements Outcome {
    }

    /**
     * The streams app's refusal; {@code correctionWindow} (ISO-8601) is set when the report is past
     * the correction window and can never be corrected, null for any other reason.
     */
    public record Refused(String message, String correctionWindow) implements Outcome {
    }

    public record NoAnswer(Duration waited) implements Outcome {
    }

    /** Sends the correction keyed by its report's content hash and waits up to {@code timeout} for the streams app's answer. */
    public Outcome send(RoutingCorrection correction, String contentHash, Duration timeout)
            throws ExecutionException, InterruptedException {
        try (KafkaConsumer<byte[], byte[]> consumer = clients.groupLessConsumer()) {
            TopicScanner scanner = new TopicScanner(consumer);
            TopicPartition reportPartition = partitionOf(scanner, topics.classified(), correction.getReportId());
            long reportsFrom = scanner.endOffsets(List.of(reportPartition)).get(reportPartition);
            RecordMetadata sent;
            try (KafkaProducer<byte[], byte[]> producer = clients.producer()) {
                sent = producer.send(new ProducerRecord<>(topics.corrections(), contentHash.getBytes(StandardCharsets.UTF_8),
                        CORRECTIONS.serialize(topics.corrections(), correction))).get();
            }
            // A refusal is keyed by where the correction sits, as every rejection of an unnamed record is.
            String refusalKey = sent.topic() + "-" + sent.partition() + "@" + sent.offset();
            Map<TopicPartition, Long> from = new HashMap<>(Map.of(reportPartition, reportsFrom));
            try {
                TopicPartition refusalPartition = partitionOf(scanner, topics.rejected(), refusalKey);
                from.put(refusalPartition, scanner.endOffsets(List.of(refusalPartition)).get(refusalPartition));
            } catch (AuthorizationException | IllegalStateException notReadable) {
                // A triage clerk may not read the rejections (they hold offices' files): only an applied correction is seen.
            }
            return await(consumer, correction, from, refusalKey, timeout);
        }
    }

    private Outcome await(KafkaConsumer<byte[], byte[]> consumer, RoutingCorrection correction,
                          Map<TopicPartition, Long> from, String refusalKey, Duration timeout) {
        consumer.assign(from.keySet());
        from.forEach(consumer::seek);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                if (record.topic().equals(topics.classified()) && keyIs(record, correction.getReportId())) {
                    Optional<ClassifiedReport> report = decode(REPORTS, record).filter(r -> r.getCorrections().stream()
                            .anyMatch(c -> c.getCorrectionId().equals(correction.getCorrectionId())));
                    if (report.isPresent()) {
                        return new Applied(report.get());
                    }
                } else if (record.topic().equals(topics.rejected()) && keyIs(record, refusalKey)) {
                    Optional<Rejection> refusal = decode(REJECTIONS, record)
                            .filter(r -> r.getReason() == RejectionReason.CORRECTION_REFUSED);
                    if (refusal.isPresent()) {
                        return new Refused(refusal.get().getMessage(), refusal.get().getCorrectionWindow());
                    }
                }
            }
        }
        return new NoAnswer(timeout);
    }

    /** The partition Kafka's default partitioner gives the key, as the streams app's sinks use it. */
    private static TopicPartition partitionOf(TopicScanner scanner, String topic, String key) {
        int partitions = scanner.partitions(topic).size();
        if (partitions == 0) {
            throw new IllegalStateException("Topic " + topic + " is not visible: it does not exist yet, or your user may not read it.");
        }
        return new TopicPartition(topic, Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions);
    }

    private static boolean keyIs(ConsumerRecord<byte[], byte[]> record, String key) {
        return record.key() != null && new String(record.key(), StandardCharsets.UTF_8).equals(key);
    }

    private static <T extends org.apache.avro.specific.SpecificRecord> Optional<T> decode(AvroSerde<T> serde,
                                                                                           ConsumerRecord<byte[], byte[]> record) {
        try {
            return Optional.of(serde.fromBytes(record.value()));
        } catch (SerializationException e) {
            return Optional.empty();
        }
    }
}
