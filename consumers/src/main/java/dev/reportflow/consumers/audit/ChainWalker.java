package dev.reportflow.consumers.audit;

import dev.reportflow.consumers.common.TopicScanner;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Computes a topic's chains by reading its partitions, each from a known state (genesis, or a
 * trusted checkpoint) up to the end offsets of now.
 */
final class ChainWalker {

    private final TopicScanner scanner;

    ChainWalker(TopicScanner scanner) {
        this.scanner = scanner;
    }

    /**
     * Extends each state in {@code from} to the partition's current end, telling {@code observer}
     * every new state (the partition's, after each record). Returns the final states.
     */
    Map<Integer, ChainState> walk(String topic, Map<Integer, ChainState> from, BiConsumer<Integer, ChainState> observer) {
        Map<Integer, ChainState> states = new HashMap<>(from);
        Map<TopicPartition, Long> start = new HashMap<>();
        for (TopicPartition tp : scanner.partitions(topic)) {
            ChainState state = states.computeIfAbsent(tp.partition(), ChainState::genesis);
            start.put(tp, state.lastOffset() + 1);
        }
        scanner.scan(start, scanner.endOffsets(start.keySet()), record -> {
            ChainState next = states.get(record.partition()).next(record.offset(), record.timestamp(), record.key(), record.value());
            states.put(record.partition(), next);
            observer.accept(record.partition(), next);
        });
        return states;
    }

    /** The first offset each partition still holds: above 0 when records were deleted from the start. */
    Map<Integer, Long> logStartOffsets(String topic) {
        Map<Integer, Long> starts = new HashMap<>();
        scanner.beginningOffsets(scanner.partitions(topic)).forEach((tp, offset) -> starts.put(tp.partition(), offset));
        return starts;
    }
}
