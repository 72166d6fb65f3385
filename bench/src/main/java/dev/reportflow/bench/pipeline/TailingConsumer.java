package dev.reportflow.bench.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/**
 * A throw-away consumer (no group, nothing committed) that reads some partitions, from where they
 * end when it is made, on a thread of its own until closed: the bench's way of watching what a
 * pipeline writes without touching it.
 */
public abstract class TailingConsumer<K, V> implements AutoCloseable {

    private final KafkaConsumer<K, V> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    /** {@code partitions} picks, with the consumer's help (e.g. {@code partitionsFor}), what to read. */
    protected TailingConsumer(KafkaConsumer<K, V> consumer, Function<KafkaConsumer<K, V>, List<TopicPartition>> partitions,
                              String threadName) {
        this.consumer = consumer;
        List<TopicPartition> assigned = partitions.apply(consumer);
        consumer.assign(assigned);
        consumer.seekToEnd(assigned);
        assigned.forEach(consumer::position);
        this.thread = new Thread(this::readUntilClosed, threadName);
        thread.setDaemon(true);
    }

    /** Starts reading: the last thing a subclass's constructor does, once the fields {@link #accept} uses are set. */
    protected final void startReading() {
        thread.start();
    }

    /** One poll's records (perhaps none), on the reading thread. */
    protected abstract void accept(ConsumerRecords<K, V> records);

    /** {@link #accept} threw: the thread stops reading after this. */
    protected void failed(RuntimeException e) {
    }

    private void readUntilClosed() {
        try {
            while (running) {
                accept(consumer.poll(Duration.ofMillis(100)));
            }
        } catch (WakeupException e) {
            // close() asked the thread to stop
        } catch (RuntimeException e) {
            failed(e);
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
