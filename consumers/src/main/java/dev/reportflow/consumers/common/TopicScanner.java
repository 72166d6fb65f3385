package dev.reportflow.consumers.common;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads partitions between offsets with a consumer that belongs to no group: it assigns and seeks
 * itself and never commits, so the tools that use it (trace, replay, audit) leave no trace in any
 * group. The end offsets are taken when a scan starts, so a scan finishes while producers go on.
 */
public final class TopicScanner {

    private static final Duration POLL = Duration.ofMillis(200);
    /** A partition that yields nothing for this long while behind its end offset means a broken cluster, not a slow one. */
    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(60);

    private final org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> consumer;

    public TopicScanner(org.apache.kafka.clients.consumer.Consumer<byte[], byte[]> consumer) {
        this.consumer = consumer;
    }

    public Set<TopicPartition> partitions(String topic) {
        return consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .collect(Collectors.toSet());
    }

    public Map<TopicPartition, Long> beginningOffsets(Collection<TopicPartition> partitions) {
        return consumer.beginningOffsets(partitions);
    }

    /** With read_committed, the last stable offsets: what a committed reader can reach now. */
    public Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions) {
        return consumer.endOffsets(partitions);
    }

    /** The first offset per partition whose timestamp is at or after {@code epochMillis}, or the end offset. */
    public Map<TopicPartition, Long> offsetsAt(Collection<TopicPartition> partitions, long epochMillis) {
        Map<TopicPartition, Long> query = partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> epochMillis));
        Map<TopicPartition, Long> ends = endOffsets(partitions);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        consumer.offsetsForTimes(query).forEach((tp, found) -> offsets.put(tp, found == null ? ends.get(tp) : found.offset()));
        return offsets;
    }

    /** Every record of the topics, from the log start to the end offsets of now. */
    public long scanAll(Collection<String> topics, Consumer<ConsumerRecord<byte[], byte[]>> handler) {
        List<TopicPartition> partitions = topics.stream().flatMap(t -> partitions(t).stream()).toList();
        return scan(beginningOffsets(partitions), endOffsets(partitions), handler);
    }

    /**
     * The records at offsets {@code from} (inclusive) to {@code to} (exclusive) of each partition,
     * each partition in order. Returns how many records were handed over.
     */
    public long scan(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to,
                     Consumer<ConsumerRecord<byte[], byte[]>> handler) {
        Map<TopicPartition, Long> remaining = new HashMap<>();
        from.forEach((tp, start) -> {
            if (start < to.getOrDefault(tp, 0L)) {
                remaining.put(tp, to.get(tp));
            }
        });
        if (remaining.isEmpty()) {
            return 0;
        }
        consumer.assign(remaining.keySet());
        remaining.keySet().forEach(tp -> consumer.seek(tp, from.get(tp)));
        long handed = 0;
        long lastProgress = System.nanoTime();
        try {
            while (!remaining.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    Long end = remaining.get(tp);
                    if (end != null && record.offset() < end) {
                        handler.accept(record);
                        handed++;
                        lastProgress = System.nanoTime();
                    }
                }
                // Transaction markers and aborted records occupy offsets too, so the position, not the
                // last record seen, says when a partition is done.
                if (remaining.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    lastProgress = System.nanoTime();
                }
                consumer.pause(consumer.assignment().stream().filter(tp -> !remaining.containsKey(tp)).toList());
                if (System.nanoTime() - lastProgress > STALL_TIMEOUT.toNanos()) {
                    throw new IllegalStateException("No progress reading " + remaining.keySet() + " for "
                            + STALL_TIMEOUT.toSeconds() + " s");
                }
            }
        } finally {
            consumer.unsubscribe();
        }
        return handed;
    }
}
