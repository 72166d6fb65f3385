package dev.reportflow.bench.latency;

import dev.reportflow.bench.pipeline.TailingConsumer;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.internals.Topic;
import org.apache.kafka.common.protocol.ByteBufferAccessor;
import org.apache.kafka.common.serialization.ByteBufferDeserializer;
import org.apache.kafka.coordinator.transaction.TransactionState;
import org.apache.kafka.coordinator.transaction.generated.TransactionLogKey;
import org.apache.kafka.coordinator.transaction.generated.TransactionLogValue;

/**
 * The streams app's transactions as their coordinator wrote them to {@code __transaction_state},
 * with the broker's clock: when each one began (its first partition), when the app sent its
 * consumer offsets (Streams has flushed its caches and its producer: the commit is under way), when
 * the commit was asked for (EndTxn received) and when PrepareCommit was written to the log. That
 * last instant is what the coordinator's CompleteCommit record carries: it prepares that record
 * before it sends the commit markers, so the log does not say when the markers were written
 * ({@link BrokerRequestTimes} gives their time). Set beside each submission's appended and visible
 * instants, it says where a slow submission waited: for its transaction to be committed, or after
 * that, for the markers and the reader.
 */
public final class TransactionTimeline extends TailingConsumer<ByteBuffer, ByteBuffer> {

    /**
     * One committed transaction; epoch milliseconds, broker clock ({@code offsetsSentMs} -1 if none
     * were sent; {@code completeMs}: PrepareCommit written, the markers not yet sent).
     */
    public record Transaction(long startMs, long offsetsSentMs, long prepareMs, long completeMs, int partitions) {
    }

    private final String transactionalIdPrefix;
    private final Map<String, Transaction> open = new HashMap<>();
    private final List<Transaction> committed = new ArrayList<>();
    private final boolean following;

    private TransactionTimeline(KafkaConsumer<ByteBuffer, ByteBuffer> consumer, List<TopicPartition> partitions,
                                String transactionalIdPrefix) {
        super(consumer, c -> partitions, "bench-transaction-timeline");
        this.transactionalIdPrefix = transactionalIdPrefix;
        this.following = !partitions.isEmpty();
        startReading();
    }

    /**
     * Follows, from now on, the transactions whose transactional id starts with
     * {@code transactionalIdPrefix} (a Streams app's: {@code <application.id>-}). It sees none if
     * the transaction log did not exist yet (no transaction had begun on the cluster) or this client
     * may not read it.
     */
    public static TransactionTimeline start(String bootstrapServers, String transactionalIdPrefix) {
        KafkaConsumer<ByteBuffer, ByteBuffer> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrapServers,
                "enable.auto.commit", false), new ByteBufferDeserializer(), new ByteBufferDeserializer());
        return new TransactionTimeline(consumer, readablePartitions(consumer), transactionalIdPrefix);
    }

    /** None where the log does not exist yet (no transaction has begun) or this principal may not read it. */
    private static List<TopicPartition> readablePartitions(KafkaConsumer<?, ?> consumer) {
        try {
            return consumer.partitionsFor(Topic.TRANSACTION_STATE_TOPIC_NAME).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        } catch (KafkaException e) {
            return List.of();
        }
    }

    @Override
    protected void accept(ConsumerRecords<ByteBuffer, ByteBuffer> records) {
        for (ConsumerRecord<ByteBuffer, ByteBuffer> record : records) {
            if (record.key() != null && record.value() != null) {
                note(record.key(), record.value());
            }
        }
    }

    private synchronized void note(ByteBuffer keyBytes, ByteBuffer valueBytes) {
        short keyVersion = keyBytes.getShort();
        String transactionalId = new TransactionLogKey(new ByteBufferAccessor(keyBytes), keyVersion).transactionalId();
        if (!transactionalId.startsWith(transactionalIdPrefix)) {
            return;
        }
        short valueVersion = valueBytes.getShort();
        TransactionLogValue value = new TransactionLogValue(new ByteBufferAccessor(valueBytes), valueVersion);
        long at = value.transactionLastUpdateTimestampMs();
        int partitions = value.transactionPartitions().stream().mapToInt(p -> p.partitionIds().size()).sum();
        boolean offsetsAdded = value.transactionPartitions().stream().anyMatch(p -> p.topic().equals(Topic.GROUP_METADATA_TOPIC_NAME));
        Transaction before = open.get(transactionalId);
        switch (TransactionState.fromId(value.transactionStatus())) {
            case ONGOING -> {
                boolean sameTransaction = before != null && before.startMs() == value.transactionStartTimestampMs();
                long offsetsSent = sameTransaction && before.offsetsSentMs() >= 0 ? before.offsetsSentMs() : offsetsAdded ? at : -1;
                open.put(transactionalId, new Transaction(value.transactionStartTimestampMs(), offsetsSent, -1, -1, partitions));
            }
            case PREPARE_COMMIT -> open.put(transactionalId, new Transaction(value.transactionStartTimestampMs(),
                    before == null ? -1 : before.offsetsSentMs(), at, -1, partitions));
            case COMPLETE_COMMIT -> {
                if (before != null && before.prepareMs() >= 0) {
                    committed.add(new Transaction(before.startMs(), before.offsetsSentMs(), before.prepareMs(), at, before.partitions()));
                }
                open.remove(transactionalId);
            }
            default -> open.remove(transactionalId);
        }
    }

    /**
     * The transactions completed so far, in the order their commits completed, once one asked to
     * commit at or after {@code appendedMs} (the last record of interest's append) is among them, or
     * after 10 s: the coordinator logs the commit a little after the reader has seen its records.
     */
    public List<Transaction> awaitCompleted(long appendedMs) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (following && System.nanoTime() < deadline) {
            synchronized (this) {
                if (committed.stream().anyMatch(t -> t.prepareMs() >= appendedMs)) {
                    break;
                }
            }
            Thread.sleep(20);
        }
        synchronized (this) {
            return List.copyOf(committed);
        }
    }

    /**
     * The transaction a record appended at {@code appendedMs} belongs to: the first one begun at
     * or before it and asked to commit at or after it (a Streams producer's transactions run one
     * after another); null if none.
     */
    public static Transaction holding(List<Transaction> transactions, long appendedMs) {
        Transaction holding = null;
        for (Transaction transaction : transactions) {
            if (transaction.startMs() <= appendedMs && transaction.prepareMs() >= appendedMs
                    && (holding == null || transaction.prepareMs() < holding.prepareMs())) {
                holding = transaction;
            }
        }
        return holding;
    }

    /** The time from each commit (PrepareCommit) to the next, in ms. */
    public static long[] periods(List<Transaction> transactions) {
        long[] prepared = transactions.stream().mapToLong(Transaction::prepareMs).sorted().toArray();
        long[] periods = new long[Math.max(0, prepared.length - 1)];
        Arrays.setAll(periods, i -> prepared[i + 1] - prepared[i]);
        return periods;
    }

    /** One CSV line per transaction, with a header: its start (epoch ms), then each step in ms after it, and its partitions. */
    public static List<String> csv(List<Transaction> transactions) {
        List<String> lines = new ArrayList<>();
        lines.add("start_epoch_ms,offsets_sent_ms,commit_prepared_ms,commit_complete_ms,partitions");
        for (Transaction t : transactions) {
            lines.add(t.startMs() + "," + (t.offsetsSentMs() < 0 ? "" : t.offsetsSentMs() - t.startMs()) + ","
                    + (t.prepareMs() - t.startMs()) + "," + (t.completeMs() - t.startMs()) + "," + t.partitions());
        }
        return lines;
    }

}
