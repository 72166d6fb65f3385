package dev.reportflow.consumers.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.cli.ExitCodes;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ChainCheckpoint;
import dev.reportflow.testsupport.SharedBroker;
import dev.reportflow.testsupport.TestTopics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Checkpoints taken of an intake topic, then verified against that topic and against copies of it
 * with one record altered or removed. The HMAC key is generated per run into a temporary file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditCommandTest {

    @TempDir
    static Path tmp;

    private TestTopics t;
    private Path keyFile;
    private KafkaProducer<byte[], byte[]> producer;

    @BeforeAll
    void writeIntakeAndCheckpointTwice() throws Exception {
        t = TestTopics.create("audit", 2);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        keyFile = tmp.resolve("audit-hmac.key");
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(key));
        producer = new KafkaProducer<>(TestTopics.clientProperties(), new ByteArraySerializer(), new ByteArraySerializer());

        for (int i = 0; i < 6; i++) {
            intake(i % 2, "record-" + i);
        }
        for (int i = 0; i < 3; i++) {
            producer.send(new ProducerRecord<>(t.topics().corrections(), i % 2, ("k" + i).getBytes(StandardCharsets.UTF_8),
                    ("correction-" + i).getBytes(StandardCharsets.UTF_8))).get();
        }
        assertThat(run(checkpoint()).exit).isZero();
        for (int i = 6; i < 10; i++) {
            intake(i % 2, "record-" + i);
        }
        assertThat(run(checkpoint()).exit).isZero();
    }

    @AfterAll
    void close() {
        producer.close();
    }

    @Test
    void theUntouchedLogVerifiesAgainstEveryCheckpoint() {
        Result result = run(verify());

        assertThat(result.exit).isZero();
        assertThat(result.out).contains(t.topics().submitted() + "[0]: 5 records, 2 checkpoint(s) verified through offset 4 — ok",
                t.topics().submitted() + "[1]: 5 records, 2 checkpoint(s) verified through offset 4 — ok", "Intact");
    }

    @Test
    void theCorrectionsLogIsChainedAndVerifiedBesideTheIntake() {
        Result result = run(verify());

        assertThat(result.out).contains(t.topics().corrections() + "[0]: 2 records, 2 checkpoint(s) verified through offset 1 — ok",
                t.topics().corrections() + "[1]: 1 records, 2 checkpoint(s) verified through offset 0 — ok");
        assertThat(checkpoints()).filteredOn(c -> c.getTopic().equals(t.topics().corrections())).hasSize(4)
                .allSatisfy(c -> assertThat(c.getSignature()).isNotNull());
    }

    @Test
    void anAlteredCorrectionIsCaught() {
        String copy = copy(t.topics().corrections(), "altered-correction", record -> new String(record.value(),
                StandardCharsets.UTF_8).equals("correction-1") ? "correction-1 (by someone else)".getBytes(StandardCharsets.UTF_8)
                : record.value());

        Result result = run(verify("--topic", copy, "--against", t.topics().corrections()));

        assertThat(result.exit).as("verification failed").isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(result.out).contains("FIRST BREAK: partition 1, offset 0 (last verified offset -1)");
    }

    @Test
    void checkpointsAreSignedAndContinueTheChain() throws Exception {
        List<ChainCheckpoint> checkpoints = checkpoints().stream().filter(c -> c.getTopic().equals(t.topics().submitted())).toList();

        assertThat(checkpoints).hasSize(4).allSatisfy(c -> assertThat(c.getSignature()).isNotNull());
        assertThat(checkpoints).extracting(ChainCheckpoint::getOffset).containsExactlyInAnyOrder(2L, 2L, 4L, 4L);
        assertThat(checkpoints).filteredOn(c -> c.getOffset() == 4).extracting(ChainCheckpoint::getRecordCount).containsOnly(5L);
    }

    @Test
    void aFaithfulCopyVerifiesAgainstTheOriginalsCheckpoints() {
        String copy = copyIntake("faithful", record -> record.value());

        Result result = run(verify("--topic", copy, "--against", t.topics().submitted()));

        assertThat(result.exit).as(result.out).isZero();
    }

    @Test
    void anAlteredRecordIsCaughtAtTheFirstCheckpointAfterIt() {
        // record-7 sits in partition 1 at offset 3: after the first checkpoint (offset 2), before the second (offset 4).
        String copy = copyIntake("altered", record -> new String(record.value(), StandardCharsets.UTF_8).equals("record-7")
                ? "record-7 (edited)".getBytes(StandardCharsets.UTF_8) : record.value());

        Result result = run(verify("--topic", copy, "--against", t.topics().submitted()));

        assertThat(result.exit).as("verification failed").isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(result.out).contains("[0]: 5 records, 2 checkpoint(s) verified through offset 4 — ok",
                "FIRST BREAK: partition 1, offset 4 (last verified offset 2): chain hash differs");
    }

    @Test
    void aRemovedRecordIsCaught() {
        String copy = copyIntake("removed", record -> new String(record.value(), StandardCharsets.UTF_8).equals("record-2")
                ? null : record.value());

        Result result = run(verify("--topic", copy, "--against", t.topics().submitted()));

        assertThat(result.exit).as("verification failed").isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(result.out).contains("FIRST BREAK: partition 0, offset 2 (last verified offset -1)");
    }

    @Test
    void withoutTheRightKeyTheCheckpointsDoNotVerify() throws Exception {
        Path otherKey = tmp.resolve("other.key");
        Files.writeString(otherKey, "some-other-key-that-is-long-enough");

        Result result = run(List.of("verify", "-D", "reportflow.audit.hmac-key-file=" + otherKey));

        assertThat(result.exit).as("verification failed").isEqualTo(ExitCodes.VERIFICATION_FAILED);
        assertThat(result.out).contains("signature does not verify");
    }

    private void intake(int partition, String value) throws Exception {
        producer.send(new ProducerRecord<>(t.topics().submitted(), partition, ("k" + value).getBytes(StandardCharsets.UTF_8),
                value.getBytes(StandardCharsets.UTF_8))).get();
    }

    private String copyIntake(String name, Function<ConsumerRecord<byte[], byte[]>, byte[]> edit) {
        return copy(t.topics().submitted(), name, edit);
    }

    /** Copies a topic record by record (same partition, timestamp, key), passing values through {@code edit}; null drops a record. */
    private String copy(String source, String name, Function<ConsumerRecord<byte[], byte[]>, byte[]> edit) {
        String copy = t.namespace() + "copy-" + name;
        SharedBroker.createTopics(List.of(copy), 2);
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(TestTopics.clientProperties(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            new TopicScanner(consumer).scanAll(List.of(source), records::add);
        }
        records.sort(java.util.Comparator.comparingInt((ConsumerRecord<byte[], byte[]> r) -> r.partition())
                .thenComparingLong(ConsumerRecord::offset));
        for (ConsumerRecord<byte[], byte[]> record : records) {
            byte[] value = edit.apply(record);
            if (value != null) {
                producer.send(new ProducerRecord<>(copy, record.partition(), record.timestamp(), record.key(), value));
            }
        }
        producer.flush();
        return copy;
    }

    private List<ChainCheckpoint> checkpoints() {
        AvroSerde<ChainCheckpoint> serde = AvroSerde.of(ChainCheckpoint.class);
        List<ChainCheckpoint> checkpoints = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(TestTopics.clientProperties(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            new TopicScanner(consumer).scanAll(List.of(t.topics().auditCheckpoints()), r -> checkpoints.add(serde.fromBytes(r.value())));
        }
        return checkpoints;
    }

    private List<String> checkpoint() {
        return withKey(List.of("checkpoint"));
    }

    private List<String> verify(String... args) {
        List<String> all = new ArrayList<>(List.of("verify"));
        all.addAll(List.of(args));
        return withKey(all);
    }

    private List<String> withKey(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of("-D", "reportflow.audit.hmac-key-file=" + keyFile));
        return all;
    }

    private record Result(int exit, String out) {
    }

    private Result run(List<String> args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new AuditCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        List<String> all = new ArrayList<>(List.of(args.get(0)));
        all.addAll(t.connectionArgs());
        all.addAll(args.subList(1, args.size()));
        int exit = cli.execute(all.toArray(String[]::new));
        return new Result(exit, out.toString());
    }
}
