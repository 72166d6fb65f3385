package dev.reportflow.web.view;

import dev.reportflow.consumers.supervise.Delivery;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import dev.reportflow.web.metrics.PipelineMetrics;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every routed topic and the rejected topic, from the beginning, with a consumer in no
 * group (read_committed: sections of aborted transactions never show), and feeds the page's store
 * and the pipeline metrics. Routed topics declared at runtime are picked up by listing topics
 * again now and then.
 */
public final class OutputFeed implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutputFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final AvroSerde<RoutedSection> SECTIONS = AvroSerde.of(RoutedSection.class);
    private static final AvroSerde<Rejection> REJECTIONS = AvroSerde.of(Rejection.class);

    private final Consumer<byte[], byte[]> consumer;
    private final Topics topics;
    private final SectionStore store;
    private final PipelineMetrics metrics;
    private final Duration topicRefresh;
    private final AtomicLong recordsRead = new AtomicLong();
    private volatile Set<String> readTopics = Set.of();
    private volatile boolean closed;
    private long nextRefresh;
    private boolean unreachableLogged;

    public OutputFeed(Consumer<byte[], byte[]> consumer, Topics topics, SectionStore store, PipelineMetrics metrics,
                      Duration topicRefresh) {
        this.consumer = consumer;
        this.topics = topics;
        this.store = store;
        this.metrics = metrics;
        this.topicRefresh = topicRefresh;
    }

    @Override
    public void run() {
        try {
            while (!closed) {
                try {
                    refreshAssignment();
                    if (consumer.assignment().isEmpty()) {
                        Thread.sleep(POLL.toMillis());
                        continue;
                    }
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                        handle(record);
                    }
                } catch (WakeupException e) {
                    throw e;
                } catch (org.apache.kafka.common.KafkaException e) {
                    // A broker away or a refused topic must not end the page's feed for good.
                    LOG.warn("The output feed could not read ({}); trying again", e.getMessage());
                    Thread.sleep(POLL.toMillis());
                }
            }
        } catch (WakeupException | InterruptedException e) {
            if (!closed) {
                LOG.error("The output feed stopped unexpectedly", e);
            }
        } finally {
            consumer.close();
        }
    }

    /** The topics read now: routed topics and the rejected topic that exist. */
    public Set<String> topics() {
        return readTopics;
    }

    public long recordsRead() {
        return recordsRead.get();
    }

    private void refreshAssignment() {
        if (System.nanoTime() < nextRefresh) {
            return;
        }
        nextRefresh = System.nanoTime() + topicRefresh.toNanos();
        try {
            Set<String> wanted = consumer.listTopics(topicRefresh).keySet().stream()
                    .filter(t -> t.equals(topics.rejected()) || topics.departmentOf(t) != null)
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!wanted.equals(readTopics)) {
                Set<TopicPartition> partitions = new HashSet<>();
                wanted.forEach(t -> consumer.partitionsFor(t).forEach(p -> partitions.add(new TopicPartition(t, p.partition()))));
                // Partitions already assigned keep their positions; new ones start at the log start.
                consumer.assign(partitions);
                LOG.info("Reading {} topics ({} partitions)", wanted.size(), partitions.size());
                readTopics = Set.copyOf(wanted);
            }
            unreachableLogged = false;
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            if (!unreachableLogged) {
                LOG.warn("Cannot list topics ({}); the page shows what was read so far", e.getMessage());
                unreachableLogged = true;
            }
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        recordsRead.incrementAndGet();
        if (record.value() == null) {
            return;
        }
        try {
            if (record.topic().equals(topics.rejected())) {
                Rejection rejection = REJECTIONS.deserialize(record.topic(), record.value());
                store.add(rejection);
                metrics.rejected(rejection);
            } else {
                RoutedSection section = SECTIONS.deserialize(record.topic(), record.value());
                store.add(new Delivery(section, record.topic(), record.partition(), record.offset()));
                if (section.getRetracted()) {
                    metrics.withdrawn(section);
                } else {
                    metrics.routed(section);
                }
            }
        } catch (SerializationException e) {
            LOG.warn("Skipping undecodable record {}[{}]@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
        }
    }

    @Override
    public void close() {
        closed = true;
        consumer.wakeup();
    }
}
