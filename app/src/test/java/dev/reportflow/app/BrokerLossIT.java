package dev.reportflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.broker.EmbeddedKafkaCluster;
import dev.reportflow.classifier.text.ContentHash;
import dev.reportflow.config.AppConfig;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.topics.TopicSetup;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * A broker lost, as the compose cluster could lose one: three KRaft nodes in this JVM (each broker
 * and controller), every topic on 3 replicas with min ISR 2, the streams app running, submissions
 * flowing; one node is stopped mid-run and started again. Afterwards every submission is classified
 * exactly once with all its routed copies, none twice, and the longest pause in visible routing
 * while the node was away is printed (ROUTING-PAUSE), for docs/benchmarks.md.
 */
class BrokerLossIT {

    private static final int SUBMISSIONS = 120;
    private static final long PACE_MILLIS = 80;

    private final Topics topics = Topics.defaults();
    private final AvroSerde<Submission> submissionSerde = AvroSerde.of(Submission.class);

    @Test
    void nothingIsLostOrWrittenTwiceWhenABrokerIsLostAndComesBack() throws Exception {
        try (EmbeddedKafkaCluster cluster = EmbeddedKafkaCluster.start(3)) {
            AppConfig config = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), Map.of(
                    "bootstrap.servers", cluster.bootstrapServers(), "application.id", "broker-loss-it",
                    "state.dir", Files.createTempDirectory("reportflow-broker-loss-").toString(),
                    "replication.factor", "3", "reportflow.topics.replication-factor", "3", "reportflow.topics.partitions", "3"));
            TopicSetup setup = new TopicSetup(config);
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", cluster.bootstrapServers()))) {
                setup.createMissing(admin, setup.required());
            }
            ConcurrentLinkedQueue<Long> visible = new ConcurrentLinkedQueue<>();
            Outcome outcome = new Outcome();
            long lostAt;
            long backAt;
            try (ReportRouter router = ReportRouter.start(config);
                 Reader reader = new Reader(cluster.bootstrapServers(), outcome, visible)) {
                router.awaitRunning(Duration.ofSeconds(90));
                Thread sender = send(cluster.bootstrapServers());
                Thread.sleep(SUBMISSIONS * PACE_MILLIS / 3);
                lostAt = System.currentTimeMillis();
                cluster.stopNode(0);
                Thread.sleep(SUBMISSIONS * PACE_MILLIS / 3);
                cluster.startNode(0);
                backAt = System.currentTimeMillis();
                sender.join(Duration.ofMinutes(2).toMillis());
                long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                while (System.nanoTime() < deadline && !outcome.complete()) {
                    Thread.sleep(200);
                }
                Thread.sleep(3_000); // anything written twice would arrive by now
            }
            long pause = longestPause(visible, lostAt, backAt);
            System.out.printf("ROUTING-PAUSE broker lost for %d ms: longest pause in visible routing %d ms; submissions=%d reports=%d deliveries=%d%n",
                    backAt - lostAt, pause, SUBMISSIONS, outcome.reports.size(), outcome.deliveries.size());

            synchronized (outcome) {
                assertThat(outcome.reportsBySubmission.keySet()).as("submissions classified").hasSize(SUBMISSIONS);
                assertThat(outcome.rejections).as("rejections: every submission is a valid, distinct report").isEmpty();
                assertThat(outcome.reports.size() - outcome.reports.stream().map(ClassifiedReport::getReportId).distinct().count())
                        .as("reports written twice").isZero();
                assertThat(outcome.deliveries.size() - outcome.deliveries.stream().map(RoutedSection::getDeliveryId).distinct().count())
                        .as("sections delivered twice").isZero();
                long expected = outcome.reports.stream().mapToLong(ClassifiedReport::getRoutedCopies).sum();
                assertThat(outcome.deliveries).as("every routed copy delivered").hasSize((int) expected);
                assertThat(expected).isPositive();
            }
        }
    }

    /** The longest time between two visible outputs from the loss until 10 s after the node is back. */
    private static long longestPause(ConcurrentLinkedQueue<Long> visible, long from, long until) {
        long previous = from;
        long longest = 0;
        for (long read : visible) {
            if (read >= from && read <= until + 10_000) {
                longest = Math.max(longest, read - previous);
                previous = read;
            }
        }
        return longest;
    }

    private Thread send(String bootstrapServers) {
        Thread sender = new Thread(() -> {
            try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers,
                    "acks", "all", "enable.idempotence", true, "delivery.timeout.ms", 120_000, "max.block.ms", 120_000),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < SUBMISSIONS; i++) {
                    producer.send(submission(i));
                    Thread.sleep(PACE_MILLIS);
                }
                producer.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "broker-loss-it-sender");
        sender.start();
        return sender;
    }

    private ProducerRecord<byte[], byte[]> submission(int n) {
        String text = CountyReports.text(n);
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        String hash = ContentHash.of(text);
        Submission submission = Submission.newBuilder().setSubmissionId("sub-loss-" + n).setContentHash(hash)
                .setOffice("office-" + (n % 7)).setFileName("f" + n + ".txt").setReceivedAt(Instant.now())
                .setDetectedEncoding("UTF-8").setContent(ByteBuffer.wrap(content)).build();
        return new ProducerRecord<>(topics.submitted(), hash.getBytes(StandardCharsets.UTF_8), submissionSerde.toBytes(submission));
    }

    /** What the pipeline has committed so far, by submission. */
    private static final class Outcome {
        final Map<String, List<ClassifiedReport>> reportsBySubmission = new HashMap<>();
        final List<ClassifiedReport> reports = new ArrayList<>();
        final List<RoutedSection> deliveries = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();

        synchronized void accept(String topic, Topics topics, byte[] value) {
            if (topic.equals(topics.classified())) {
                ClassifiedReport report = AvroSerde.of(ClassifiedReport.class).fromBytes(value);
                String id = report.getClaimedSubmissionId() != null ? report.getClaimedSubmissionId() : report.getSubmissionId();
                reportsBySubmission.computeIfAbsent(id, k -> new ArrayList<>()).add(report);
                reports.add(report);
            } else if (topic.equals(topics.rejected())) {
                rejections.add(AvroSerde.of(Rejection.class).fromBytes(value));
            } else {
                deliveries.add(AvroSerde.of(RoutedSection.class).fromBytes(value));
            }
        }

        synchronized boolean complete() {
            long expected = reports.stream().mapToLong(ClassifiedReport::getRoutedCopies).sum();
            return reportsBySubmission.size() + rejections.size() >= SUBMISSIONS && deliveries.size() >= expected;
        }
    }

    /** A read_committed reader of the outputs, noting when each poll brought something visible. */
    private final class Reader implements AutoCloseable {
        private final KafkaConsumer<String, byte[]> consumer;
        private final Thread thread;
        private volatile boolean running = true;

        Reader(String bootstrapServers, Outcome outcome, ConcurrentLinkedQueue<Long> visible) {
            consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", bootstrapServers,
                    "group.id", "broker-loss-it-reader", "auto.offset.reset", "earliest", "isolation.level", "read_committed",
                    "metadata.max.age.ms", 1000), new StringDeserializer(), new ByteArrayDeserializer());
            consumer.subscribe(Pattern.compile(Pattern.quote(topics.classified()) + "|" + Pattern.quote(topics.rejected())
                    + "|" + Pattern.quote(topics.routedPrefix()) + ".*"));
            thread = new Thread(() -> {
                while (running) {
                    var records = consumer.poll(Duration.ofMillis(50));
                    if (!records.isEmpty()) {
                        visible.add(System.currentTimeMillis());
                    }
                    for (ConsumerRecord<String, byte[]> record : records) {
                        outcome.accept(record.topic(), topics, record.value());
                    }
                }
                consumer.close();
            }, "broker-loss-it-reader");
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(10_000);
        }
    }
}
