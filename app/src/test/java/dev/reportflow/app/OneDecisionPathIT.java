package dev.reportflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.classifier.text.ContentHash;
import dev.reportflow.config.AppConfig;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.consumers.replay.Decision;
import dev.reportflow.consumers.replay.Replay;
import dev.reportflow.consumers.replay.ReplayReport;
import dev.reportflow.consumers.replay.ReplayReport.SubmissionComparison;
import dev.reportflow.decision.Decider;
import dev.reportflow.decision.DecisionSettings;
import dev.reportflow.decision.rules.RuleRecords;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.RuleKind;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.SubmissionIds;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.ReportRoutingTopology;
import dev.reportflow.streams.app.ReportRouter;
import dev.reportflow.streams.rules.RuleBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * No decision is written twice: the same submissions go through the topology (TopologyTestDriver)
 * and through {@code reportflow replay} (on a real broker holding the same intake records, what the
 * topology wrote, and the same routing rule), and every decision replay makes equals the one the
 * topology recorded — a routed report, one left to triage for low confidence, NOT_A_REPORT,
 * OVERSIZED and DUPLICATE.
 */
class OneDecisionPathIT {

    private static final String ROUTED = """
            县应急管理局2024年工作总结和2025年工作计划

            2024年，县应急管理局坚持安全发展理念，扎实推进各项工作。
            一、2024年工作开展情况
            （一）安全生产专项整治。开展危险化学品、消防安全、建筑施工等重点行业领域排查整治。
            （二）防灾减灾救灾。完善森林防火和防汛抗旱预案，组织应急演练12次。
            二、存在的问题
            基层应急力量薄弱，部分企业主体责任落实不到位。
            三、2025年工作计划
            （一）深化安全生产治本攻坚。
            （二）提升应急救援能力。
            """;
    /** A report without a convincing issuer: its confidence is below the routing threshold. */
    private static final String LOW_CONFIDENCE = """
            2024年工作总结
            一、主要工作
            今年以来，我们认真落实各项部署，完成了年初确定的目标任务。
            二、存在的问题
            工作中还存在一些不足。
            三、下一步打算
            继续努力，做好各项工作。
            """;
    private static final String NOT_A_REPORT = "这是一份购物清单：苹果、香蕉、牛奶。";
    private static final int MAX_BYTES = 20_000;
    private static final Instant T0 = Instant.parse("2025-03-01T08:00:00Z");

    @Test
    void theTopologyAndReplayDecideEverySubmissionAlike() throws Exception {
        Map<String, byte[]> submissions = new LinkedHashMap<>();
        submissions.put("routed", utf8(ROUTED));
        submissions.put("low-confidence", utf8(LOW_CONFIDENCE));
        submissions.put("not-a-report", utf8(NOT_A_REPORT));
        submissions.put("oversized", utf8(ROUTED.repeat(MAX_BYTES / utf8(ROUTED).length + 1)));
        submissions.put("duplicate", utf8(ROUTED));
        RoutingRule rule = RoutingRule.newBuilder().setRuleId("drill").setKind(RuleKind.SECTION_KEYWORD)
                .setDepartment("finance").setTerm("应急演练").setWeight(5).setAuthor("test").setCreatedAt(T0).build();

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startFresh()) {
            AppConfig config = AppConfig.load(ReportRouter.CONFIG_RESOURCE, null, Map.of(), Map.of(
                    "bootstrap.servers", broker.bootstrapServers(), "reportflow.submission.max-bytes", String.valueOf(MAX_BYTES)));
            Topics topics = Topics.from(config.asMap());
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                // Kept forever: the records' times (2025) are past the broker's default 7 days, and its first retention
                // check, 30 s after it starts, would otherwise delete whatever had been written by then.
                admin.createTopics(List.of(topics.submitted(), topics.classified(), topics.rejected(), topics.routingRules())
                        .stream().map(name -> new NewTopic(name, 1, (short) 1).configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1")))
                        .toList()).all().get();
            }

            Recorded live = throughTheTopology(config, topics, rule, submissions);
            Map<String, String> idByName = new LinkedHashMap<>();
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                    broker.bootstrapServers(), "acks", "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
                long offset = 0;
                for (var entry : submissions.entrySet()) {
                    Submission submission = submission(entry.getKey(), entry.getValue());
                    producer.send(new ProducerRecord<>(topics.submitted(), 0, time(offset).toEpochMilli(),
                            utf8(submission.getContentHash()), AvroSerde.of(Submission.class).toBytes(submission))).get();
                    idByName.put(entry.getKey(), SubmissionIds.of(0, offset++));
                }
                for (TestRecord<String, ClassifiedReport> report : live.reports()) {
                    producer.send(new ProducerRecord<>(topics.classified(), 0, report.timestamp(), utf8(report.key()),
                            AvroSerde.of(ClassifiedReport.class).toBytes(report.value()))).get();
                }
                for (TestRecord<String, Rejection> rejection : live.rejections()) {
                    producer.send(new ProducerRecord<>(topics.rejected(), 0, rejection.timestamp(), utf8(rejection.key()),
                            AvroSerde.of(Rejection.class).toBytes(rejection.value()))).get();
                }
            }
            new RuleBook(config).put(rule);

            ReplayReport replayed = replay(broker.bootstrapServers(), config, topics);

            assertThat(replayed.summary().compared()).isEqualTo(submissions.size());
            assertThat(replayed.submissions()).allSatisfy(c -> {
                assertThat(c.replayed()).as(c.submissionId()).isEqualTo(c.recorded());
                assertThat(c.changes()).as(c.submissionId()).isEmpty();
            });
            assertThat(replayed.summary().changed()).isZero();

            Map<String, Decision> byId = replayed.submissions().stream()
                    .collect(Collectors.toMap(SubmissionComparison::submissionId, SubmissionComparison::replayed));
            Function<String, Decision> decided = name -> byId.get(idByName.get(name));
            assertThat(decided.apply("routed").outcome()).isEqualTo(Decision.CLASSIFIED);
            assertThat(decided.apply("routed").reports()).singleElement()
                    .satisfies(r -> assertThat(r.triageReason()).isNull());
            assertThat(decided.apply("routed").rulesVersion()).as("the rule was applied on both paths").contains("+");
            assertThat(decided.apply("low-confidence").outcome()).isEqualTo(Decision.CLASSIFIED);
            assertThat(decided.apply("low-confidence").reports()).singleElement()
                    .satisfies(r -> assertThat(r.triageReason()).startsWith("confidence"));
            assertThat(decided.apply("not-a-report").rejection()).isEqualTo("NOT_A_REPORT");
            assertThat(decided.apply("oversized").rejection()).isEqualTo("OVERSIZED");
            assertThat(decided.apply("duplicate").rejection()).isEqualTo("DUPLICATE");

            String lowId = idByName.get("low-confidence");
            assertThat(live.deliveries()).filteredOn(d -> d.getSubmissionId().equals(lowId)).isNotEmpty()
                    .allSatisfy(d -> {
                        assertThat(d.getRoutedTo()).isEqualTo(Topics.UNASSIGNED);
                        assertThat(d.getRoutingReason()).isEqualTo("low-confidence");
                    });
            assertThat(live.deliveries()).filteredOn(d -> d.getSubmissionId().equals(idByName.get("routed")))
                    .extracting(RoutedSection::getRoutedTo).contains("emergency_management");
        }
    }

    private static Path temporaryStateDirectory() {
        try {
            Path directory = Files.createTempDirectory("one-decision-path-state");
            directory.toFile().deleteOnExit();
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Recorded(List<TestRecord<String, ClassifiedReport>> reports, List<TestRecord<String, Rejection>> rejections,
                            List<RoutedSection> deliveries) {
    }

    /** The submissions through the topology, one minute apart, in the order replay reads them. */
    private static Recorded throughTheTopology(AppConfig config, Topics topics, RoutingRule rule,
                                               Map<String, byte[]> submissions) {
        Properties properties = new Properties();
        properties.putAll(config.asMap());
        // A state directory of its own: Kafka's default (<tmp>/kafka-streams) is shared by every run on the host,
        // and a run that died there leaves task state that breaks the next driver.
        properties.put("state.dir", temporaryStateDirectory().toString());
        try (TopologyTestDriver driver = new TopologyTestDriver(ReportRoutingTopology.build(config, 1), properties, T0)) {
            driver.createInputTopic(topics.routingRules(), new StringSerializer(), RuleRecords.VALUES.serializer())
                    .pipeInput(RuleRecords.key(rule), rule, T0.minusSeconds(60));
            TestInputTopic<String, Submission> intake = driver.createInputTopic(topics.submitted(), new StringSerializer(),
                    AvroSerde.of(Submission.class).serializer());
            long offset = 0;
            for (var entry : submissions.entrySet()) {
                Submission submission = submission(entry.getKey(), entry.getValue());
                intake.pipeInput(submission.getContentHash(), submission, time(offset++));
            }
            List<RoutedSection> deliveries = new ArrayList<>();
            for (String topic : driver.producedTopicNames()) {
                if (topics.departmentOf(topic) != null) {
                    deliveries.addAll(driver.createOutputTopic(topic, new StringDeserializer(),
                            AvroSerde.of(RoutedSection.class).deserializer()).readValuesToList());
                }
            }
            return new Recorded(
                    driver.createOutputTopic(topics.classified(), new StringDeserializer(),
                            AvroSerde.of(ClassifiedReport.class).deserializer()).readRecordsToList(),
                    driver.createOutputTopic(topics.rejected(), new StringDeserializer(),
                            AvroSerde.of(Rejection.class).deserializer()).readRecordsToList(),
                    deliveries);
        }
    }

    private static ReplayReport replay(String bootstrap, AppConfig config, Topics topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap,
                "isolation.level", "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
             PrintWriter progress = new PrintWriter(Writer.nullWriter())) {
            return new Replay(new TopicScanner(consumer), topics, new Decider(DecisionSettings.from(config.asMap())), progress)
                    .run(new Replay.Request(T0.minus(Duration.ofHours(1)), T0.plus(Duration.ofHours(1)), null, null, true));
        }
    }

    private static Instant time(long offset) {
        return T0.plus(Duration.ofMinutes(offset));
    }

    private static Submission submission(String name, byte[] content) {
        return Submission.newBuilder()
                .setSubmissionId(name)
                .setContentHash(ContentHash.of(new String(content, StandardCharsets.UTF_8)))
                .setOffice("县应急管理局")
                .setFileName(name + ".txt")
                .setReceivedAt(T0)
                .setDetectedEncoding("UTF-8")
                .setContent(ByteBuffer.wrap(content))
                .setClientVersion("test")
                .build();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
