package dev.reportflow.bench.replay;

import dev.reportflow.bench.pipeline.Submitters;
import dev.reportflow.bench.report.Throughput;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.documents.DocumentLimits;
import dev.reportflow.documents.DocumentReader;
import dev.reportflow.documents.DocumentText;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.Submission;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How fast an auditor can re-decide history: a throw-away consumer (no group, nothing committed)
 * reads the intake topic from the beginning to its current end, and every core decodes and
 * re-classifies the submissions with today's classifier. Counts reports, not submissions, as a
 * compilation holds several.
 */
public final class ReplayRun {

    private static final AvroSerde<Submission> SUBMISSIONS = AvroSerde.of(Submission.class);

    private ReplayRun() {
    }

    public record Result(Throughput reports, long submissions, long undecodable) {
    }

    public static Result run(String bootstrapServers, String submittedTopic, int threads) throws InterruptedException {
        Classifier classifier = Classifier.standard();
        AtomicLong reports = new AtomicLong();
        AtomicLong undecodable = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long submissions = 0;
        ThreadPoolExecutor workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 64), Submitters.daemon("bench-replay"), new ThreadPoolExecutor.CallerRunsPolicy());
        long start = System.nanoTime();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers,
                "enable.auto.commit", false, "max.partition.fetch.bytes", 8 * 1024 * 1024, "fetch.max.bytes", 64 * 1024 * 1024),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(submittedTopic).stream()
                    .map(p -> new TopicPartition(submittedTopic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    submissions++;
                    workers.execute(() -> reclassify(record.value(), classifier, reports, bytes, undecodable));
                }
            }
        }
        workers.shutdown();
        if (!workers.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("Replay did not finish");
        }
        return new Result(Throughput.since(start, System.nanoTime(), reports.get(), bytes.get()), submissions, undecodable.get());
    }

    private static void reclassify(byte[] value, Classifier classifier, AtomicLong reports, AtomicLong bytes,
                                   AtomicLong undecodable) {
        Submission submission = SUBMISSIONS.fromBytes(value);
        ByteBuffer content = submission.getContent();
        byte[] text = new byte[content.remaining()];
        content.duplicate().get(text);
        DocumentText decoded = DocumentReader.read(submission.getFileName(), text, submission.getDeclaredEncoding(),
                submission.getContentType(), DocumentLimits.DEFAULT);
        if (!decoded.isOk()) {
            undecodable.incrementAndGet();
            return;
        }
        reports.addAndGet(classifier.classify(decoded.text()).reports().size());
        bytes.addAndGet(text.length);
    }
}
