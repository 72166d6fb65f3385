package dev.reportflow.producers.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.config.AppConfig;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.Submission;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against a real in-process broker. */
class SubmissionClientIT {

    private static final String REPORT = "区审计局2023年工作总结和2024年工作计划\n一、2023年工作开展情况\n（一）审计项目。\n二、2024年工作计划\n";
    private static EmbeddedKafkaBroker broker;
    private static AppConfig config;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedKafkaBroker.startFresh();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("reports.submitted", 3, (short) 1))).all().get();
        }
        config = AppConfig.load(SubmissionClient.CONFIG_RESOURCE, null, Map.of(),
                Map.of("bootstrap.servers", broker.bootstrapServers(), "reportflow.submission.max-bytes", "1000"));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void sendsTheBytesUnchangedAndKeysGbkAndUtf8CopiesOfOneTextAlike() {
        byte[] utf8 = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] gbk = REPORT.getBytes(Charset.forName("GBK"));
        Receipt first;
        Receipt second;
        try (SubmissionClient client = new SubmissionClient(config)) {
            first = client.submit("区审计局", "a.txt", utf8, null);
            second = client.submit("区审计局", "a-gbk.txt", gbk, null);
        } catch (SubmissionRefusedException e) {
            throw new AssertionError(e);
        }

        assertThat(second.contentHash()).isEqualTo(first.contentHash());
        assertThat(second.partition()).isEqualTo(first.partition());
        assertThat(second.submissionId()).isNotEqualTo(first.submissionId());
        assertThat(second.encoding()).isEqualTo("GB18030");
        Submission stored = read(second);
        assertThat(stored.getContent().array()).isEqualTo(gbk);
        assertThat(stored.getDetectedEncoding()).isEqualTo("GB18030");
        assertThat(stored.getOffice()).isEqualTo("区审计局");
    }

    @Test
    void refusesAFiveMegabyteTextWithTheLimitInTheMessage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path big = dir.resolve("big.txt");
        java.nio.file.Files.write(big, REPORT.repeat(5 * 1024 * 1024 / REPORT.length() + 1).getBytes(StandardCharsets.UTF_8));
        AppConfig defaults = AppConfig.load(SubmissionClient.CONFIG_RESOURCE, null, Map.of(),
                Map.of("bootstrap.servers", broker.bootstrapServers()));
        try (SubmissionClient client = new SubmissionClient(defaults)) {
            assertThatThrownBy(() -> client.submit("o", big, null))
                    .isInstanceOfSatisfying(SubmissionRefusedException.class, e -> assertThat(e.reason()).isEqualTo("OVERSIZED"))
                    .hasMessageContaining("the limit is 4194304");
        }
    }

    @Test
    void refusesWhatItCannotReadBeforeSending() {
        try (SubmissionClient client = new SubmissionClient(config)) {
            assertRefused(() -> client.submit("o", "empty.txt", new byte[0], null), "EMPTY");
            assertRefused(() -> client.submit("o", "x.bin", new byte[] {0, 1, 2, 3, 0x50, 0x4b}, null), "BINARY");
            assertRefused(() -> client.submit("o", "big.txt", new byte[1001], null), "OVERSIZED");
            assertRefused(() -> client.submit("o", "gbk.txt", REPORT.getBytes(Charset.forName("GBK")), "UTF-8"),
                    "UNKNOWN_ENCODING");
            assertThatThrownBy(() -> client.submit("o", "gbk.txt", REPORT.getBytes(Charset.forName("GBK")), "UTF-8"))
                    .hasMessageContaining("not valid UTF-8").hasMessageContaining("GB18030");
            byte[] random = new byte[512];
            new java.util.Random(7).nextBytes(random);
            assertThatThrownBy(() -> client.submit("o", "random.bin", random, null))
                    .isInstanceOfSatisfying(SubmissionRefusedException.class,
                            e -> assertThat(e.reason()).isIn("BINARY", "UNKNOWN_ENCODING"));
        }
    }

    private interface Submit {
        Receipt run() throws SubmissionRefusedException;
    }

    private static void assertRefused(Submit submit, String reason) {
        assertThatThrownBy(submit::run).isInstanceOfSatisfying(SubmissionRefusedException.class,
                e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static Submission read(Receipt receipt) {
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()),
                new StringDeserializer(), AvroSerde.of(Submission.class).deserializer())) {
            TopicPartition partition = new TopicPartition(receipt.topic(), receipt.partition());
            consumer.assign(List.of(partition));
            consumer.seek(partition, receipt.offset());
            for (int attempt = 0; attempt < 50; attempt++) {
                for (ConsumerRecord<String, Submission> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == receipt.offset()) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("Record not found at " + receipt);
    }
}
