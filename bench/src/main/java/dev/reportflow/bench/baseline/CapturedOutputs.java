package dev.reportflow.bench.baseline;

import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Every record reportflow wrote for a set of submissions, as bytes, read back from its topics after
 * a run: the classified reports, the routed sections, and its state stores' changelogs (the
 * decisions it remembers for corrections, and the dedupe store's entry). Records are attributed to
 * a submission by their key: reports, sections and remembered decisions are keyed
 * {@code <submission>#…}, the index of decisions by age {@code <time> <submission>#…}; a dedupe entry by its content hash (a window store's changelog key is the
 * key's bytes followed by a 12-byte timestamp and sequence number). They are kept by content hash,
 * the intake's key, which is what the equal-output baseline looks them up by.
 */
public final class CapturedOutputs {

    /** One record to write again: to {@code topic}, these bytes. */
    public record Captured(String topic, byte[] key, byte[] value) {
    }

    /** A window store's changelog key ends with the window's start (8 bytes) and a sequence number (4). */
    private static final int WINDOW_KEY_SUFFIX = 12;

    private final Map<String, List<Captured>> byContentHash;
    private final Set<String> fileNames;
    private final long records;
    private final long bytes;
    private final long changelogBytes;

    private CapturedOutputs(Map<String, List<Captured>> byContentHash, Set<String> fileNames, long records, long bytes,
                            long changelogBytes) {
        this.byContentHash = byContentHash;
        this.fileNames = fileNames;
        this.records = records;
        this.bytes = bytes;
        this.changelogBytes = changelogBytes;
    }

    /**
     * Reads {@code classified} and then {@code keyedBySubmission} and {@code dedupeChangelog} from the
     * beginning to their last committed record, keeping only the submissions of {@code wanted} files;
     * {@code rename} gives the topic each record goes to in the baseline.
     */
    public static CapturedOutputs read(String bootstrapServers, String classified, Collection<String> keyedBySubmission,
                                       String dedupeChangelog, Set<String> wanted, java.util.function.UnaryOperator<String> rename) {
        AvroSerde<ClassifiedReport> reports = AvroSerde.of(ClassifiedReport.class);
        Map<String, String> hashBySubmission = new HashMap<>();
        Map<String, String> submissionByHash = new HashMap<>();
        Map<String, String> fileByHash = new HashMap<>();
        Map<String, List<Captured>> byHash = new HashMap<>();
        long[] totals = new long[3];
        BiConsumer<String, ConsumerRecord<byte[], byte[]>> keep = (hash, record) -> {
            byHash.computeIfAbsent(hash, h -> new ArrayList<>()).add(new Captured(rename.apply(record.topic()), record.key(), record.value()));
            totals[0]++;
            totals[1] += record.serializedKeySize() + record.serializedValueSize();
            if (record.topic().endsWith("-changelog")) {
                totals[2] += record.serializedKeySize() + record.serializedValueSize();
            }
        };
        readToEnd(bootstrapServers, List.of(classified), record -> {
            ClassifiedReport report = reports.fromBytes(record.value());
            if (wanted.contains(report.getFileName())) {
                hashBySubmission.put(report.getSubmissionId(), report.getContentHash());
                submissionByHash.put(report.getContentHash(), report.getSubmissionId());
                fileByHash.put(report.getContentHash(), report.getFileName());
                keep.accept(report.getContentHash(), record);
            }
        });
        readToEnd(bootstrapServers, keyedBySubmission, record -> {
            String key = new String(record.key(), StandardCharsets.UTF_8);
            int end = key.indexOf('#');
            int start = key.indexOf(' ') + 1;
            String hash = end < start ? null : hashBySubmission.get(key.substring(start, end));
            if (hash != null) {
                keep.accept(hash, record);
            }
        });
        if (dedupeChangelog != null) {
            readToEnd(bootstrapServers, List.of(dedupeChangelog), record -> {
                String hash = new String(record.key(), 0, record.key().length - WINDOW_KEY_SUFFIX, StandardCharsets.UTF_8);
                if (submissionByHash.containsKey(hash)) {
                    keep.accept(hash, record);
                }
            });
        }
        return new CapturedOutputs(byHash, Set.copyOf(fileByHash.values()), totals[0], totals[1], totals[2]);
    }

    private interface RecordHandler {
        void accept(ConsumerRecord<byte[], byte[]> record);
    }

    private static void readToEnd(String bootstrapServers, Collection<String> topics, RecordHandler handler) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers,
                "enable.auto.commit", false, "isolation.level", "read_committed", "max.partition.fetch.bytes", 8 * 1024 * 1024,
                "fetch.max.bytes", 64 * 1024 * 1024), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    handler.accept(record);
                }
            }
        }
    }

    /** The records to write for the submission of this content hash, in the order reportflow's topics held them. */
    public List<Captured> forContentHash(String contentHash) {
        return byContentHash.get(contentHash);
    }

    /** The files whose submissions were captured: the baseline can submit only those. */
    public Set<String> fileNames() {
        return fileNames;
    }

    public Set<String> topics() {
        Set<String> topics = new java.util.TreeSet<>();
        byContentHash.values().forEach(list -> list.forEach(c -> topics.add(c.topic())));
        return topics;
    }

    public long records() {
        return records;
    }

    public long bytes() {
        return bytes;
    }

    /** Of {@link #bytes()}, what went to the state stores' changelogs (remembered decisions, dedupe entries). */
    public long changelogBytes() {
        return changelogBytes;
    }
}
