package dev.reportflow.history.sink;

import dev.reportflow.history.store.HistoryDatabase;
import dev.reportflow.schemas.Topics;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the history store in step with the topics: every routed topic (retractions included),
 * {@code reports.classified}, {@code reports.rejected} and {@code routing.corrections}. Each poll's
 * records and the position after them are written in one database transaction, and on every
 * assignment the consumer is moved to the position the database holds: a crash at any point leaves
 * the store either before or after a whole batch, never in between, so nothing is lost or stored
 * twice. The group's committed offsets are written after the database's, for lag monitoring only.
 * Several sinks may share the group ({@link HistorySinks}): each writes only its own partitions'
 * positions, and a partition that moves between them continues from the position the database holds.
 *
 * <p>When the database is down the sink pauses its partitions (staying in the group) and tries
 * again every {@code reportflow.history.retry-backoff-ms}; it then catches up from where the
 * database says it stopped.
 *
 * <p>Unit texts are stored without their text index terms; between polls, when the sink is fewer
 * than {@link #INDEX_WHEN_BEHIND_FEWER_THAN} records behind, it indexes a batch of them
 * ({@link TextIndexer}). A burst is thus stored at the sink's full rate and indexed after it.
 */
public final class HistorySink implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HistorySink.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration INDEXING_POLL = Duration.ofMillis(10);
    /** About one poll's worth: behind by more, the sink stores before it indexes. */
    private static final long INDEX_WHEN_BEHIND_FEWER_THAN = 1000;

    private final Consumer<byte[], byte[]> consumer;
    private final HistoryDatabase database;
    private final StoredRecords stored;
    private final TextIndexer indexer = new TextIndexer();
    private final AtomicLong textsIndexed = new AtomicLong();
    private final Pattern subscription;
    private final Duration retryBackoff;
    private final Set<TopicPartition> unpositioned = new HashSet<>();
    private final AtomicLong recordsStored = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final LongSupplier groupBehind;
    /** Records behind after the last poll (as {@link #behind()} counts them; the most while not positioned). */
    private volatile long lastBehind = Long.MAX_VALUE;
    private volatile boolean running = true;
    private boolean moreToIndex;

    public HistorySink(Consumer<byte[], byte[]> consumer, HistoryDatabase database, Topics topics, Duration retryBackoff) {
        this(consumer, database, topics, retryBackoff, null);
    }

    /**
     * {@code groupBehind}: the records the sinks of this process have yet to read, all together; null
     * for this sink's own. A sink indexes only when the whole group is nearly caught up: indexing
     * while a sibling still reads a backlog takes the cores that sibling needs (measured: with two
     * sinks, one indexing while the other stored cost a third more CPU per section).
     */
    HistorySink(Consumer<byte[], byte[]> consumer, HistoryDatabase database, Topics topics, Duration retryBackoff,
                LongSupplier groupBehind) {
        this.groupBehind = groupBehind == null ? this::lastBehind : groupBehind;
        this.consumer = consumer;
        this.database = database;
        this.stored = new StoredRecords(topics);
        this.subscription = subscription(topics);
        this.retryBackoff = retryBackoff;
    }

    /** Every topic the store follows; new routed topics (a department added) are picked up by the pattern. */
    static Pattern subscription(Topics topics) {
        return Pattern.compile(Pattern.quote(topics.routedPrefix()) + ".+|" + Pattern.quote(topics.classified()) + "|"
                + Pattern.quote(topics.rejected()) + "|" + Pattern.quote(topics.corrections()));
    }

    @Override
    public void run() {
        consumer.subscribe(subscription, new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                unpositioned.removeAll(partitions);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                unpositioned.addAll(partitions);
                position();
            }
        });
        try {
            while (running) {
                if (!unpositioned.isEmpty() && !position()) {
                    consumer.poll(retryBackoff); // keeps the group membership while the database is away
                    continue;
                }
                // With texts left to index, a poll does not wait for records that are not there.
                ConsumerRecords<byte[], byte[]> records = consumer.poll(moreToIndex ? INDEXING_POLL : POLL);
                if (!records.isEmpty()) {
                    store(records);
                }
                lastBehind = unpositioned.isEmpty() ? behind() : Long.MAX_VALUE;
                moreToIndex = unpositioned.isEmpty() && groupBehind.getAsLong() < INDEX_WHEN_BEHIND_FEWER_THAN && indexText();
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } finally {
            lastBehind = 0; // a stopped sink reads nothing: its partitions go to the others, whose lag counts
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /**
     * Moves every partition not yet positioned to where the database says the store stopped (the
     * beginning when it holds nothing for it). False, with those partitions paused, while the
     * database cannot be read.
     */
    private boolean position() {
        Set<TopicPartition> partitions = new HashSet<>(unpositioned);
        partitions.retainAll(consumer.assignment());
        try (Connection connection = database.connection()) {
            Map<TopicPartition, Long> positions = StoredRecords.positions(connection, partitions);
            Collection<TopicPartition> fresh = new ArrayList<>();
            for (TopicPartition tp : partitions) {
                Long next = positions.get(tp);
                if (next == null) {
                    fresh.add(tp);
                } else {
                    consumer.seek(tp, next);
                }
            }
            if (!fresh.isEmpty()) { // an empty collection would mean every assigned partition
                consumer.seekToBeginning(fresh);
            }
            consumer.resume(partitions);
            unpositioned.clear();
            return true;
        } catch (SQLException e) {
            consumer.pause(partitions);
            LOG.warn("History store unreachable ({}); partitions paused, retrying in {} ms", e.getMessage(),
                    retryBackoff.toMillis());
            return false;
        }
    }

    private void store(ConsumerRecords<byte[], byte[]> records) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                stored.write(connection, records);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            recordsStored.addAndGet(records.count());
            commitForMonitoring(records);
        } catch (SQLException | RuntimeException e) {
            failures.incrementAndGet();
            LOG.warn("Could not store {} records ({}); reading them again from the position the store holds",
                    records.count(), e.getMessage());
            // The records polled after the last stored batch are read again once the database answers.
            unpositioned.addAll(consumer.assignment());
            sleep(retryBackoff);
        }
    }

    /** Records in the assigned partitions not yet read, as far as the consumer knows (unknown counts as none). */
    private long behind() {
        long lag = 0;
        for (TopicPartition tp : consumer.assignment()) {
            lag += consumer.currentLag(tp).orElse(0);
        }
        return lag;
    }

    /**
     * One batch of unit texts indexed; true when it was a full one (more may be waiting). A failure
     * leaves them for a later turn (the sink's position is not involved).
     */
    private boolean indexText() {
        try (Connection connection = database.connection()) {
            int indexed = indexer.indexSome(connection, TextIndexer.DEFAULT_BATCH);
            textsIndexed.addAndGet(indexed);
            return indexed == TextIndexer.DEFAULT_BATCH;
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Could not index unit texts ({}); trying again after the next poll", e.getMessage());
            return false;
        }
    }

    private void commitForMonitoring(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> list = records.records(tp);
            offsets.put(tp, new OffsetAndMetadata(list.get(list.size() - 1).offset() + 1));
        }
        consumer.commitAsync(offsets, (committed, e) -> {
            if (e != null) {
                LOG.debug("Group offsets not committed (monitoring only): {}", e.getMessage());
            }
        });
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Records behind after this sink's last poll; the most while it has not positioned its partitions. */
    long lastBehind() {
        return lastBehind;
    }

    /** Records written to the store since this sink started. */
    public long recordsStored() {
        return recordsStored.get();
    }

    /** Unit texts this sink added to the text index. */
    public long textsIndexed() {
        return textsIndexed.get();
    }

    /** Batches the store refused (the database was down or failed); each was read again. */
    public long failures() {
        return failures.get();
    }

    /** Stops the loop: a batch being written is either committed or rolled back, never half-written. */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }
}
