package dev.reportflow.bench.recovery;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Watches the routed topics with read_committed, as a supervisor's reader would, and answers one
 * question: when was the first routed section appended at or after a given instant (the broker's
 * LogAppendTime) read? That is when routing visibly resumed after that instant.
 */
public final class RoutedClock implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long watchFromMillis = Long.MAX_VALUE;
    private volatile long firstReadMillis = -1;
    private volatile long records;
    /** When each poll that returned sections was read (wall-clock ms), for the longest pause in a window. */
    private final java.util.concurrent.ConcurrentLinkedQueue<Long> readTimes = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public RoutedClock(String bootstrapServers, Collection<String> routedTopics) {
        consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers, "enable.auto.commit", false,
                "isolation.level", "read_committed", "max.partition.fetch.bytes", 8 * 1024 * 1024),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = routedTopics.stream()
                .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition()))).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::read, "bench-routed-clock");
        thread.setDaemon(true);
        thread.start();
    }

    private void read() {
        try {
            while (running) {
                var polled = consumer.poll(Duration.ofMillis(50));
                long now = System.currentTimeMillis();
                if (!polled.isEmpty()) {
                    readTimes.add(now);
                }
                for (ConsumerRecord<byte[], byte[]> record : polled) {
                    records++;
                    if (firstReadMillis < 0 && record.timestamp() >= watchFromMillis) {
                        firstReadMillis = now;
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    /** From now on, waits for a section appended at or after {@code instantMillis}. */
    public void watchFrom(long instantMillis) {
        firstReadMillis = -1;
        watchFromMillis = instantMillis;
    }

    /** The wall-clock millisecond the first such section was read, or -1 after {@code timeout}. */
    public long awaitFirst(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (firstReadMillis < 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return firstReadMillis;
    }

    /**
     * The longest time in {@code [fromMillis, toMillis]} during which no routed section became
     * visible: with a steady load, normally about a commit interval; a rebalance shows as more.
     */
    public long longestPause(long fromMillis, long toMillis) {
        long previous = fromMillis;
        long longest = 0;
        for (long read : readTimes) {
            if (read < fromMillis || read > toMillis) {
                continue;
            }
            longest = Math.max(longest, read - previous);
            previous = read;
        }
        return Math.max(longest, toMillis - previous);
    }

    public long records() {
        return records;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
