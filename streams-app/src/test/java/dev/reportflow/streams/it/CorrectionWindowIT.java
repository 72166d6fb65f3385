package dev.reportflow.streams.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.config.AppConfig;
import dev.reportflow.producers.submit.Receipt;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.corrections.ForgetOldDecisions;
import dev.reportflow.streams.corrections.RememberDecisions;
import dev.reportflow.streams.topics.TopicSetup;
import dev.reportflow.testsupport.SharedBroker;
import dev.reportflow.testsupport.TestTopics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The correction window on a real broker with exactly_once_v2: with a window of seconds, a routed
 * report and its copies are forgotten by the app's sweep (tombstones on the decisions stores'
 * changelogs, in committed transactions), a correction of it is refused naming the window, and a
 * report routed since is still corrected.
 */
class CorrectionWindowIT {

    private static final Duration WINDOW = Duration.ofSeconds(30);
    private static final Duration WAIT = Duration.ofSeconds(150);
    private static final Path SAMPLES = Path.of("..", "samples");

    @Test
    void aDecisionPastTheWindowIsForgottenAndItsCorrectionRefusedWhileANewerOneIsCorrected() throws Exception {
        String namespace = SharedBroker.newNamespace("correction-window");
        Topics topics = Topics.defaults().withPrefix(namespace);
        String applicationId = namespace + "router";
        Map<String, String> flags = new LinkedHashMap<>(new TestTopics(namespace, topics).flags());
        flags.putAll(Map.of("application.id", applicationId, "reportflow.topics.partitions", "2",
                "state.dir", Files.createTempDirectory("correction-window-it-").toString(), ForgetOldDecisions.WINDOW, WINDOW.toString()));
        AppConfig streamsConfig = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), flags);
        TopicSetup setup = new TopicSetup(streamsConfig);
        try (Admin admin = SharedBroker.admin()) {
            setup.createMissing(admin, setup.required());
        }
        AppConfig clientConfig = AppConfig.load(SubmissionClient.CONFIG_RESOURCE, null, Map.of(), flags);

        try (ReportRouter router = ReportRouter.start(streamsConfig);
             SubmissionClient client = new SubmissionClient(clientConfig);
             Reader reader = new Reader()) {
            router.awaitRunning(Duration.ofSeconds(90));
            Receipt old = client.submit("县审计局", "county-audit-2024.txt",
                    Files.readAllBytes(SAMPLES.resolve("county-audit-2024.gbk.txt")), null);
            ClassifiedReport oldReport = reader.await(topics.classified(), AvroSerde.of(ClassifiedReport.class),
                    report -> report.getSubmissionId().equals(old.submissionId()));

            // The sweep's tombstones, committed: of the report and of each copy (routedCopies of them).
            reader.await(applicationId + "-" + RememberDecisions.CURRENT_REPORTS + "-changelog",
                    record -> record.key().equals(oldReport.getReportId()) && record.value() == null);
            Set<String> copiesForgotten = new HashSet<>();
            reader.await(applicationId + "-" + RememberDecisions.CURRENT_DELIVERIES + "-changelog", record -> {
                if (record.key().startsWith(oldReport.getReportId() + "/") && record.value() == null) {
                    copiesForgotten.add(record.key());
                }
                return copiesForgotten.size() == oldReport.getRoutedCopies();
            });

            Receipt recent = client.submit("社区居委会", "community-2024.txt",
                    Files.readAllBytes(SAMPLES.resolve("community-2024.crlf.txt")), null);
            ClassifiedReport recentReport = reader.await(topics.classified(), AvroSerde.of(ClassifiedReport.class),
                    report -> report.getSubmissionId().equals(recent.submissionId()));
            correct(topics, recent.contentHash(), recentReport, "c-recent");
            ClassifiedReport corrected = reader.await(topics.classified(), AvroSerde.of(ClassifiedReport.class),
                    report -> report.getReportId().equals(recentReport.getReportId()) && !report.getCorrections().isEmpty());
            correct(topics, old.contentHash(), oldReport, "c-old");
            Rejection refused = reader.await(topics.rejected(), AvroSerde.of(Rejection.class),
                    rejection -> rejection.getReason() == RejectionReason.CORRECTION_REFUSED);

            assertThat(corrected.getCorrections()).extracting(RoutingCorrection::getCorrectionId).containsExactly("c-recent");
            assertThat(copiesForgotten).hasSize(oldReport.getRoutedCopies()).allSatisfy(id -> assertThat(id).contains("@"));
            assertThat(refused.getCorrectionWindow()).isEqualTo(WINDOW.toString());
            assertThat(refused.getMessage()).contains("c-old").contains(oldReport.getReportId()).contains(WINDOW.toString());
            assertThat(reader.all(topics.rejected(), AvroSerde.of(Rejection.class)))
                    .as("the recent report's correction was not refused").singleElement();
        }
    }

    /** A report-wide correction, sent as reportflow correct sends it: keyed by the submission's content hash. */
    private static void correct(Topics topics, String contentHash, ClassifiedReport report, String correctionId) throws Exception {
        RoutingCorrection correction = RoutingCorrection.newBuilder()
                .setCorrectionId(correctionId)
                .setReportId(report.getReportId())
                .setIssuerLevel("county")
                .setBy("王芳")
                .setAt(Instant.now())
                .setReason("核对发文机关层级")
                .build();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(TestTopics.clientProperties(), new StringSerializer(),
                (topic, value) -> value)) {
            producer.send(new ProducerRecord<>(topics.corrections(), contentHash, AvroSerde.of(RoutingCorrection.class).toBytes(correction)))
                    .get();
        }
    }

    /** Reads committed records of a topic from its beginning. */
    private static final class Reader implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", SharedBroker.bootstrapServers(), "isolation.level", "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer());

        <T extends SpecificRecord> T await(String topic, AvroSerde<T> serde, Predicate<T> wanted) {
            List<T> found = new ArrayList<>();
            await(topic, record -> {
                Optional.ofNullable(record.value()).map(serde::fromBytes).filter(wanted).ifPresent(found::add);
                return !found.isEmpty();
            });
            return found.get(0);
        }

        void await(String topic, Predicate<ConsumerRecord<String, byte[]>> done) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, WAIT).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (done.test(record)) {
                        return;
                    }
                }
            }
            throw new AssertionError("Not seen on " + topic + " within " + WAIT);
        }

        <T extends SpecificRecord> List<T> all(String topic, AvroSerde<T> serde) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, WAIT).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<T> values = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(serde.fromBytes(record.value())));
            }
            return values;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
