package dev.reportflow.consumers.supervise;

import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.RoutedSection;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one department's routed topic in the supervisor's own consumer group and hands the
 * sections that pass the filter to a writer. Offsets are committed only after the writer has
 * flushed, so a section is never lost between Kafka and the supervisor's screen or file (after a
 * crash it may be shown twice). A filtered run never commits past the first section its filter
 * hid in a partition: the next run without the filter shows everything this one did not (and
 * again what it showed after that point), so a supervisor never loses a section to a filter. Without follow it stops at the end offsets seen when it started,
 * so a one-off run ends even while the streams app keeps writing.
 */
public final class SupervisorFeed {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisorFeed.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final AvroSerde<RoutedSection> SERDE = AvroSerde.of(RoutedSection.class);

    private final Consumer<byte[], byte[]> consumer;
    private final String topic;
    private final SectionFilter filter;
    private final SectionWriter writer;
    private final Duration assignmentTimeout;
    private volatile boolean stopped;

    public SupervisorFeed(Consumer<byte[], byte[]> consumer, String topic, SectionFilter filter, SectionWriter writer,
                          Duration assignmentTimeout) {
        this.consumer = consumer;
        this.topic = topic;
        this.filter = filter;
        this.writer = writer;
        this.assignmentTimeout = assignmentTimeout;
    }

    /** What a run did. {@code undecodable} records were skipped (and logged), not shown. */
    public record Result(int read, int written, int undecodable) {
    }

    public Result run(boolean fromBeginning, boolean follow) {
        Map<TopicPartition, Long> endOffsets = follow ? Map.of() : consumer.endOffsets(partitions());
        consumer.subscribe(List.of(topic), new Rewinder(fromBeginning));
        int read = 0;
        int written = 0;
        int undecodable = 0;
        Map<TopicPartition, Long> firstHidden = new HashMap<>();
        long assignmentDeadline = System.nanoTime() + assignmentTimeout.toNanos();
        writer.begin(topic);
        try {
            while (!stopped) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    read++;
                    RoutedSection section = decode(record);
                    if (section == null) {
                        undecodable++;
                    } else if (filter.accepts(section)) {
                        writer.write(new Delivery(section, record.topic(), record.partition(), record.offset()));
                        written++;
                    } else {
                        firstHidden.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
                    }
                }
                if (!records.isEmpty()) {
                    writer.flush();
                    commitUpToFirstHidden(firstHidden);
                }
                if (!follow && consumer.assignment().isEmpty() && System.nanoTime() > assignmentDeadline) {
                    throw new IllegalStateException("No partition of " + topic + " was assigned within "
                            + assignmentTimeout.toSeconds() + " s: is another member of this group holding them?");
                }
                if (!follow && reachedEnd(endOffsets)) {
                    break;
                }
            }
        } catch (WakeupException e) {
            if (!stopped) {
                throw e;
            }
        }
        writer.end(written);
        writer.flush();
        return new Result(read, written, undecodable);
    }

    /** Commits each assigned partition's position, or the first offset the filter hid there, whichever is lower. */
    private void commitUpToFirstHidden(Map<TopicPartition, Long> firstHidden) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition tp : consumer.assignment()) {
            long position = consumer.position(tp);
            offsets.put(tp, new OffsetAndMetadata(Math.min(position, firstHidden.getOrDefault(tp, position))));
        }
        consumer.commitSync(offsets);
    }

    /** Ends a running {@link #run} from another thread (Ctrl-C in follow mode); safe to call at any time. */
    public void stop() {
        stopped = true;
        consumer.wakeup();
    }

    private Set<TopicPartition> partitions() {
        return consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .collect(Collectors.toSet());
    }

    private boolean reachedEnd(Map<TopicPartition, Long> endOffsets) {
        Set<TopicPartition> assigned = consumer.assignment();
        return !assigned.isEmpty()
                && assigned.stream().allMatch(tp -> consumer.position(tp) >= endOffsets.getOrDefault(tp, 0L));
    }

    private static RoutedSection decode(ConsumerRecord<byte[], byte[]> record) {
        try {
            return SERDE.deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            LOG.warn("Skipping undecodable record {}[{}]@{}: {}", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return null;
        }
    }

    /** Seeks to the start once per partition when asked to; later rebalances keep their positions. */
    private final class Rewinder implements ConsumerRebalanceListener {

        private final boolean fromBeginning;
        private final Set<TopicPartition> rewound = new HashSet<>();

        Rewinder(boolean fromBeginning) {
            this.fromBeginning = fromBeginning;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (!fromBeginning) {
                return;
            }
            List<TopicPartition> fresh = partitions.stream().filter(rewound::add).toList();
            if (!fresh.isEmpty()) {
                consumer.seekToBeginning(fresh);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Everything polled so far was written and committed at the end of its batch.
        }
    }
}
