package dev.reportflow.history.sink;

import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.consumer.Consumer;

/**
 * Several {@link HistorySink}s in one consumer group, each on its own thread with its own consumer
 * and its own database transactions ({@code reportflow.history.sink.threads}). The group shares the
 * topics' partitions among them; each sink stores its partitions' rows and positions together and,
 * on every assignment, seeks to the position the database holds, so a partition that moves from one
 * sink to another (a rebalance, a sink that died) continues exactly after the last batch stored.
 */
public final class HistorySinks implements AutoCloseable {

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final List<HistorySink> sinks = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    private HistorySinks() {
    }

    /** Starts {@code count} sinks; {@code consumers} makes the i-th sink's consumer (all in one group). */
    public static HistorySinks start(int count, IntFunction<Consumer<byte[], byte[]>> consumers, HistoryDatabase database,
                                     Topics topics, Duration retryBackoff, String threadName) {
        HistorySinks group = new HistorySinks();
        for (int i = 0; i < count; i++) {
            HistorySink sink = new HistorySink(consumers.apply(i), database, topics, retryBackoff, group::behind);
            Thread thread = new Thread(sink, threadName + "-" + i);
            group.sinks.add(sink);
            group.threads.add(thread);
        }
        group.threads.forEach(Thread::start);
        return group;
    }

    public int size() {
        return sinks.size();
    }

    /** Records all the sinks wrote to the store since they started. */
    public long recordsStored() {
        return sum(HistorySink::recordsStored);
    }

    /** Unit texts all the sinks added to the text index. */
    public long textsIndexed() {
        return sum(HistorySink::textsIndexed);
    }

    /** Batches the store refused, all sinks together; each was read again. */
    public long failures() {
        return sum(HistorySink::failures);
    }

    /** True while every sink's thread runs (a sink whose thread ended left its partitions to the others). */
    public boolean allRunning() {
        return threads.stream().allMatch(Thread::isAlive);
    }

    /** Waits until every sink has stopped (closed, or its thread ended). */
    public void awaitStopped() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** Records the sinks have yet to read, all together (saturating: a sink not yet positioned counts as far behind). */
    private long behind() {
        long behind = 0;
        for (HistorySink sink : sinks) {
            behind = behind + Math.min(sink.lastBehind(), Long.MAX_VALUE - behind);
        }
        return behind;
    }

    private long sum(ToLongFunction<HistorySink> counter) {
        return sinks.stream().mapToLong(counter).sum();
    }

    /** Stops every sink (a batch being written is committed or rolled back) and waits for their threads. */
    @Override
    public void close() throws InterruptedException {
        sinks.forEach(HistorySink::close);
        for (Thread thread : threads) {
            thread.join(STOP_WAIT.toMillis());
        }
    }
}
