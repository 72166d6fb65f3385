package dev.reportflow.consumers.acl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportflow.broker.EmbeddedKafkaBroker;
import dev.reportflow.broker.ScramSecurity;
import dev.reportflow.consumers.Samples;
import dev.reportflow.consumers.TestProducer;
import dev.reportflow.consumers.audit.AuditCommand;
import dev.reportflow.consumers.supervise.SuperviseCommand;
import dev.reportflow.consumers.triage.TriageCommand;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * ACLs applied with {@code acl apply} on a broker that requires SCRAM logins and denies what no ACL
 * allows. Passwords are generated for this run and live only in memory.
 */
class AclApplyCommandTest {

    private static final Topics TOPICS = Topics.defaults();
    private static EmbeddedKafkaBroker broker;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void startSecuredBrokerAndApplyAcls() throws Exception {
        Map<String, String> passwords = new LinkedHashMap<>();
        for (String user : List.of("admin", "alice", "bob", "office1", "carol", "dan", "web")) {
            passwords.put(user, secret());
        }
        broker = EmbeddedKafkaBroker.startSecured(new ScramSecurity("admin", passwords));
        try (Admin admin = Admin.create(broker.clientProperties("admin"))) {
            admin.createTopics(List.of(TOPICS.submitted(), TOPICS.auditCheckpoints(), TOPICS.routed("finance"),
                    TOPICS.routed("health"), TOPICS.routed(Topics.UNASSIGNED), TOPICS.classified(), TOPICS.corrections(),
                    TOPICS.rejected()).stream().map(t -> new NewTopic(t, 1, (short) 1)).toList()).all().get();
        }
        try (var producer = new KafkaProducer<>(broker.clientProperties("admin"), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (String department : List.of("finance", "health")) {
                RoutedSection section = Samples.section("s1", "2.1", department, SectionRole.PROBLEMS)
                        .setHeading("SECTION-FOR-" + department).build();
                producer.send(new ProducerRecord<>(TOPICS.routed(department), TestProducer.encode(section))).get();
            }
        }
        Path mapping = tmp.resolve("access.json");
        Files.writeString(mapping, """
                {"offices": ["office1"],
                 "supervisors": {"finance": ["alice"], "health": ["bob"]},
                 "auditors": ["carol"],
                 "triageClerks": ["dan"],
                 "webServers": ["web"],
                 "streamsApp": {"principal": "reportflow-streams", "applicationId": "reportflow-streams"}}
                """, StandardCharsets.UTF_8);

        Run applied = run(new AclCommand(), "admin", "apply", mapping.toString());

        assertThat(applied.exit).as(applied.out).isZero();
        assertThat(applied.out).contains("User:alice", "READ", "reportflow-supervisor-finance- (PREFIXED)");
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void theFinanceSupervisorReadsFinanceButIsRefusedHealth() {
        Run finance = run(new SuperviseCommand(), "alice", "--department", "finance", "--group", "reportflow-supervisor-finance-alice");
        assertThat(finance.exit).as(finance.out).isZero();
        assertThat(finance.out).contains("SECTION-FOR-finance");

        assertThatThrownBy(() -> readOne("alice", TOPICS.routed("health"))).isInstanceOf(TopicAuthorizationException.class);
        Run health = run(new SuperviseCommand(), "alice", "--department", "health");
        assertThat(health.exit).isNotZero();
        assertThat(health.out).contains("not visible").doesNotContain("SECTION-FOR-health");
    }

    @Test
    void aSupervisorCannotUseAnotherDepartmentsGroup() {
        assertThatThrownBy(() -> consumeInGroup("alice", TOPICS.routed("finance"), "reportflow-supervisor-health-alice"))
                .isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void anOfficeWritesTheIntakeTopicButReadsNoRoutedTopic() throws Exception {
        try (var producer = new KafkaProducer<>(broker.clientProperties("office1"), new ByteArraySerializer(), new ByteArraySerializer())) {
            assertThat(producer.send(new ProducerRecord<>(TOPICS.submitted(), "k".getBytes(), "v".getBytes())).get().offset())
                    .isGreaterThanOrEqualTo(0);
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPICS.routed("finance"), "v".getBytes())).get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        for (String department : List.of("finance", "health")) {
            assertThatThrownBy(() -> readOne("office1", TOPICS.routed(department))).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theAuditorCanCheckpointTheIntakeLog() {
        Run checkpoint = run(new AuditCommand(), "carol", "checkpoint");

        assertThat(checkpoint.exit).as(checkpoint.out).isZero();
        assertThat(checkpoint.out).contains(TOPICS.submitted() + "[0] through offset");
    }

    @Test
    void aTriageClerkListsTheQueueAndWritesCorrectionsButReadsNoDepartmentIntakeOrRejection() throws Exception {
        Run triage = run(new TriageCommand(), "dan");
        assertThat(triage.exit).as(triage.out).isZero();
        assertThat(triage.out).contains("待分拣 Awaiting triage: 0 report(s)");

        try (var producer = new KafkaProducer<>(broker.clientProperties("dan"), new ByteArraySerializer(), new ByteArraySerializer())) {
            assertThat(producer.send(new ProducerRecord<>(TOPICS.corrections(), "k".getBytes(), "v".getBytes())).get().offset())
                    .isGreaterThanOrEqualTo(0);
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPICS.routed("finance"), "v".getBytes())).get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        readOne("dan", TOPICS.routed(Topics.UNASSIGNED));
        readOne("dan", TOPICS.classified());
        for (String topic : List.of(TOPICS.routed("finance"), TOPICS.submitted(), TOPICS.rejected(), TOPICS.corrections())) {
            assertThatThrownBy(() -> readOne("dan", topic)).as(topic).isInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void theWebServerReadsEveryDepartmentAndWritesUploadsAndCorrectionsButNoRoutedTopic() throws Exception {
        for (String topic : List.of(TOPICS.routed("finance"), TOPICS.routed("health"), TOPICS.submitted(), TOPICS.classified(),
                TOPICS.rejected(), TOPICS.corrections())) {
            readOne("web", topic);
        }
        try (var producer = new KafkaProducer<>(broker.clientProperties("web"), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (String topic : List.of(TOPICS.submitted(), TOPICS.corrections())) {
                assertThat(producer.send(new ProducerRecord<>(topic, "k".getBytes(), "v".getBytes())).get().offset()).as(topic)
                        .isGreaterThanOrEqualTo(0);
            }
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPICS.routed("finance"), "v".getBytes())).get())
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
        assertThatThrownBy(() -> readOne("web", TOPICS.auditCheckpoints())).isInstanceOf(TopicAuthorizationException.class);
    }

    private static void readOne(String user, String topic) {
        try (var consumer = new KafkaConsumer<>(broker.clientProperties(user), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToBeginning(List.of(tp));
            consumer.poll(Duration.ofSeconds(10));
        }
    }

    private static void consumeInGroup(String user, String topic, String group) {
        Map<String, Object> props = new LinkedHashMap<>(broker.clientProperties(user));
        props.put("group.id", group);
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            consumer.poll(Duration.ofSeconds(10));
        }
    }

    private record Run(int exit, String out) {
    }

    /** Runs a command as {@code user}: the login goes in as -D properties, as an operator would pass it. */
    private static Run run(Callable<Integer> command, String user, String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        List<String> all = new ArrayList<>(List.of(args));
        int insertAt = command instanceof SuperviseCommand || command instanceof TriageCommand ? 0 : 1;
        List<String> connection = new ArrayList<>(List.of("--bootstrap-servers", broker.bootstrapServers()));
        broker.clientProperties(user).forEach((k, v) -> {
            if (!k.equals("bootstrap.servers")) {
                connection.addAll(List.of("-D", k + "=" + v));
            }
        });
        all.addAll(insertAt, connection);
        return new Run(cli.execute(all.toArray(String[]::new)), out.toString());
    }

    private static String secret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
