package dev.reportflow.streams.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.config.AppConfig;
import dev.reportflow.producers.submit.Receipt;
import dev.reportflow.producers.submit.SubmissionClient;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.topics.TopicSetup;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole path on a real in-process broker with exactly_once_v2: the client submits, the streams
 * app routes, and read_committed readers find every submission in exactly one place.
 */
class PipelineIT {

    private static final String REPORT = """
            区审计局2024年工作总结和2025年工作计划

            2024年，区审计局围绕中心、服务大局，依法全面履行审计监督职责。
            一、2024年工作开展情况
            （一）预算执行审计。完成区本级预算执行和决算草案审计。
            （二）专项资金审计。开展乡村振兴衔接资金、养老服务资金专项审计。
            二、存在的主要问题
            审计力量不足，整改跟踪机制有待完善。
            三、2025年工作计划
            （一）做深做实财政审计。
            （二）加强审计整改监督。
            """;

    private static EmbeddedKafkaBroker broker;
    private static AppConfig streamsConfig;
    private static ReportRouter router;
    private static final Topics TOPICS = Topics.defaults();

    @BeforeAll
    static void startPipeline() throws Exception {
        broker = EmbeddedKafkaBroker.startFresh();
        streamsConfig = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), Map.of(
                "bootstrap.servers", broker.bootstrapServers(), "reportflow.topics.partitions", "2",
                "application.id", "pipeline-it", "state.dir", java.nio.file.Files.createTempDirectory("pipeline-it-").toString()));
        TopicSetup setup = new TopicSetup(streamsConfig);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            setup.createMissing(admin, setup.required());
        }
        router = ReportRouter.start(streamsConfig);
        router.awaitRunning(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopPipeline() {
        if (router != null) {
            router.close();
        }
        broker.close();
    }

    @Test
    void everySubmissionEndsInExactlyOnePlace() throws Exception {
        List<Receipt> receipts = new ArrayList<>();
        AppConfig clientConfig = AppConfig.load(SubmissionClient.CONFIG_RESOURCE, null, Map.of(),
                Map.of("bootstrap.servers", broker.bootstrapServers()));
        try (SubmissionClient client = new SubmissionClient(clientConfig)) {
            receipts.add(client.submit("区审计局", "audit.txt", REPORT.getBytes(StandardCharsets.UTF_8), null));
            receipts.add(client.submit("区审计局", "audit-gbk.txt", REPORT.getBytes(Charset.forName("GBK")), null));
            receipts.add(client.submit("某单位", "list.txt", "购物清单：苹果、香蕉。".getBytes(StandardCharsets.UTF_8), null));
        }
        byte[] garbage = "\u0001not avro at all".getBytes(StandardCharsets.UTF_8);
        try (var raw = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            raw.send(new ProducerRecord<>(TOPICS.submitted(), "raw".getBytes(StandardCharsets.UTF_8), garbage)).get();
        }

        Map<String, List<ClassifiedReport>> classified = new HashMap<>();
        List<Rejection> rejected = new ArrayList<>();
        awaitRecords(Pattern.compile(Pattern.quote(TOPICS.classified()) + "|" + Pattern.quote(TOPICS.rejected())),
                records -> {
                    for (var record : records) {
                        if (record.topic().equals(TOPICS.rejected())) {
                            rejected.add(AvroSerde.of(Rejection.class).fromBytes(record.value()));
                        } else {
                            ClassifiedReport report = AvroSerde.of(ClassifiedReport.class).fromBytes(record.value());
                            classified.computeIfAbsent(report.getSubmissionId(), k -> new ArrayList<>()).add(report);
                        }
                    }
                    return classified.size() + rejected.size() >= 4;
                });

        assertThat(classified).containsOnlyKeys(receipts.get(0).submissionId());
        assertThat(rejected).extracting(Rejection::getReason).containsExactlyInAnyOrder(
                RejectionReason.DUPLICATE, RejectionReason.NOT_A_REPORT, RejectionReason.CORRUPT_RECORD);
        Rejection corrupt = rejected.stream().filter(r -> r.getReason() == RejectionReason.CORRUPT_RECORD).findFirst().orElseThrow();
        assertThat(corrupt.getOriginalBytes().array()).isEqualTo(garbage);
        assertThat(rejected).filteredOn(r -> r.getReason() == RejectionReason.DUPLICATE).singleElement()
                .satisfies(r -> assertThat(r.getDuplicateOf().getSubmissionId()).isEqualTo(receipts.get(0).submissionId()));

        int expectedCopies = classified.get(receipts.get(0).submissionId()).stream().mapToInt(ClassifiedReport::getRoutedCopies).sum();
        List<RoutedSection> deliveries = new ArrayList<>();
        awaitRecords(Pattern.compile(Pattern.quote(TOPICS.routedPrefix()) + ".*"), records -> {
            records.forEach(r -> deliveries.add(AvroSerde.of(RoutedSection.class).fromBytes(r.value())));
            return deliveries.size() >= expectedCopies;
        });
        assertThat(deliveries).hasSize(expectedCopies);
        assertThat(deliveries).extracting(RoutedSection::getDeliveryId).doesNotHaveDuplicates();
        assertThat(deliveries).allSatisfy(d -> assertThat(d.getSubmissionId()).isEqualTo(receipts.get(0).submissionId()));
        assertThat(Set.copyOf(deliveries.stream().map(RoutedSection::getSectionPath).toList())).hasSizeGreaterThan(1);
    }

    private static void awaitRecords(Pattern topics, Predicate<List<ConsumerRecord<byte[], byte[]>>> done) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers(),
                "group.id", "pipeline-it-reader-" + System.nanoTime(), "auto.offset.reset", "earliest",
                "isolation.level", "read_committed", "metadata.max.age.ms", 500),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(topics);
            long deadline = System.currentTimeMillis() + 60_000;
            boolean finished = false;
            while (!finished && System.currentTimeMillis() < deadline) {
                List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
                consumer.poll(Duration.ofMillis(200)).forEach(batch::add);
                finished = done.test(batch);
            }
            // A short extra poll catches anything that should not be there (a second copy).
            List<ConsumerRecord<byte[], byte[]>> extra = new ArrayList<>();
            consumer.poll(Duration.ofSeconds(1)).forEach(extra::add);
            done.test(extra);
        }
    }
}
