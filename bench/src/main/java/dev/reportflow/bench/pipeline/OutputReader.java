package dev.reportflow.bench.pipeline;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a pipeline's output topics with read_committed, from where they end now, on its own
 * thread, and notes the moment its tracker has accounted for the expected number of inputs. A
 * throw-away consumer without a group: it assigns the partitions itself and commits nothing.
 */
public final class OutputReader extends TailingConsumer<String, byte[]> {

    private final OutputTracker tracker;
    private final long expected;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile long reachedAtNanos;

    /** Positioned at the end of {@code topics} when the constructor returns: earlier records are never counted. */
    public OutputReader(String bootstrapServers, Collection<String> topics, OutputTracker tracker, long expected) {
        super(new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers, "enable.auto.commit", false,
                        "isolation.level", "read_committed", "max.partition.fetch.bytes", 8 * 1024 * 1024,
                        "fetch.max.bytes", 64 * 1024 * 1024), new StringDeserializer(), new ByteArrayDeserializer()),
                consumer -> topics.stream()
                        .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition())))
                        .toList(),
                "bench-output-reader");
        this.tracker = tracker;
        this.expected = expected;
        startReading();
    }

    @Override
    protected void accept(ConsumerRecords<String, byte[]> records) {
        long readAt = System.currentTimeMillis();
        for (ConsumerRecord<String, byte[]> record : records) {
            tracker.accept(record, readAt);
        }
        if (reached.getCount() > 0 && tracker.completed() >= expected) {
            reachedAtNanos = System.nanoTime();
            reached.countDown();
        }
    }

    @Override
    protected void failed(RuntimeException e) {
        failure.set(e);
        reached.countDown();
    }

    /** Waits until every expected input is accounted for; returns System.nanoTime() at that moment. */
    public long awaitAll(Duration timeout) throws TimeoutException, InterruptedException {
        if (!reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException("Only " + tracker.completed() + " of " + expected + " inputs came out after " + timeout);
        }
        if (failure.get() != null) {
            throw new IllegalStateException("The output reader failed", failure.get());
        }
        return reachedAtNanos;
    }
}
