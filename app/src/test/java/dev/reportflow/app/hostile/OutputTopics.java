package dev.reportflow.app.hostile;

import static org.assertj.core.api.Assertions.fail;

import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything the pipeline has written to its output topics (rejected, classified, routed.*), read
 * with read_committed from the beginning by one consumer that only the test thread uses. Each
 * method reads what has arrived so far; {@link #awaitUntil} polls until a condition holds.
 */
final class OutputTopics implements AutoCloseable {

    private final Topics topics;
    private final KafkaConsumer<String, byte[]> consumer;
    private final AvroSerde<Rejection> rejectionSerde = AvroSerde.of(Rejection.class);
    private final AvroSerde<ClassifiedReport> reportSerde = AvroSerde.of(ClassifiedReport.class);
    private final AvroSerde<RoutedSection> deliverySerde = AvroSerde.of(RoutedSection.class);
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<ClassifiedReport> reports = new ArrayList<>();
    private final List<RoutedSection> deliveries = new ArrayList<>();
    private final Supplier<String> diagnostics;

    /** {@code diagnostics} says, when a wait times out, what state the pipeline is in. */
    OutputTopics(String bootstrapServers, Topics topics, Supplier<String> diagnostics) {
        this.topics = topics;
        this.diagnostics = diagnostics;
        this.consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers,
                "group.id", "hostile-outputs-" + System.nanoTime(), "enable.auto.commit", false,
                "auto.offset.reset", "earliest", "isolation.level", "read_committed", "metadata.max.age.ms", 1000,
                "max.partition.fetch.bytes", 8 * 1024 * 1024),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(Pattern.compile(Pattern.quote(topics.classified()) + "|" + Pattern.quote(topics.rejected())
                + "|" + Pattern.quote(topics.routedPrefix()) + ".*"));
    }

    /** Polls until {@code done} holds; fails the test, naming {@code what}, once {@code timeout} passed. */
    void awaitUntil(String what, Duration timeout, BooleanSupplier done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Waited %s for %s (%s)", timeout, what, diagnostics.get());
            }
            poll(Duration.ofMillis(200));
        }
    }

    /** Reads what the topics hold now: polls until a poll returns nothing. */
    void catchUp() {
        while (poll(Duration.ofMillis(500)) > 0) {
            // keep reading
        }
    }

    private int poll(Duration timeout) {
        ConsumerRecords<String, byte[]> records = consumer.poll(timeout);
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.topic().equals(topics.rejected())) {
                rejections.add(rejectionSerde.fromBytes(record.value()));
            } else if (record.topic().equals(topics.classified())) {
                reports.add(reportSerde.fromBytes(record.value()));
            } else {
                deliveries.add(deliverySerde.fromBytes(record.value()));
            }
        }
        return records.count();
    }

    List<Rejection> rejectionsOf(String submissionId) {
        return rejections.stream().filter(r -> submissionId.equals(r.getSubmissionId())).toList();
    }

    /** Rejections of the record at these intake coordinates, whether or not it decoded as a submission. */
    List<Rejection> rejectionsAt(String topic, int partition, long offset) {
        return rejections.stream().filter(r -> {
            KafkaCoordinates source = r.getSource();
            return source.getTopic().equals(topic) && source.getPartition() == partition && source.getOffset() == offset;
        }).toList();
    }

    List<ClassifiedReport> reportsOf(String submissionId) {
        return reports.stream().filter(r -> r.getSubmissionId().equals(submissionId)).toList();
    }

    List<ClassifiedReport> reportsWithContentHash(String contentHash) {
        return reports.stream().filter(r -> r.getContentHash().equals(contentHash)).toList();
    }

    List<ClassifiedReport> reportsClaiming(String claimedSubmissionId) {
        return reports.stream().filter(r -> Objects.equals(r.getClaimedSubmissionId(), claimedSubmissionId)).toList();
    }

    List<RoutedSection> deliveriesOf(String submissionId) {
        return deliveries.stream().filter(d -> d.getSubmissionId().equals(submissionId)).toList();
    }

    /** Whether the submission was classified: all its reports written and all their routed copies delivered. */
    boolean isRouted(String submissionId) {
        List<ClassifiedReport> ofSubmission = reportsOf(submissionId);
        return !ofSubmission.isEmpty() && ofSubmission.size() == ofSubmission.get(0).getReportCount()
                && deliveriesOf(submissionId).size() == ofSubmission.stream().mapToInt(ClassifiedReport::getRoutedCopies).sum();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
