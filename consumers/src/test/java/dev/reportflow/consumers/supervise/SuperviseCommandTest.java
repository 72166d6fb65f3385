package dev.reportflow.consumers.supervise;

import static dev.reportflow.consumers.Samples.section;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.consumers.TestProducer;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.testsupport.TestTopics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The supervise command against a real broker, on routed records written as the streams app writes them. */
class SuperviseCommandTest {

    private static TestProducer producer;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startProducer() {
        producer = new TestProducer();
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Test
    void showsCommittedSectionsOnceAndResumesWhereTheSupervisorStopped() {
        TestTopics t = TestTopics.create("resume", 2, "finance");
        String topic = t.topics().routed("finance");
        write(topic, section("s1", "2.1", "finance", SectionRole.PROBLEMS).setHeading("（一）预算执行进度偏慢").build(),
                section("s2", "3.1", "finance", SectionRole.PLAN).setHeading("（一）严格预算管理").build());
        producer.abort(List.of(record(topic, section("s3", "1", "finance", SectionRole.REVIEW)
                .setHeading("ABORTED-HEADING").build())));

        Run first = run(t, "--department", "finance", "--group", "alice");
        assertThat(first.exitCode).isZero();
        assertThat(first.out).contains("（一）预算执行进度偏慢", "（一）严格预算管理").doesNotContain("ABORTED-HEADING");

        Run second = run(t, "--department", "finance", "--group", "alice");
        assertThat(second.out).doesNotContain("预算");
        assertThat(second.err).contains("0 section(s) shown");

        write(topic, section("s4", "2.2", "finance", SectionRole.PROBLEMS).setHeading("（二）专项资金闲置").build());
        Run third = run(t, "--department", "finance", "--group", "alice");
        assertThat(third.out).contains("（二）专项资金闲置").doesNotContain("严格预算管理");

        Run again = run(t, "--department", "finance", "--group", "alice", "--from-beginning");
        assertThat(again.out).contains("预算执行进度偏慢", "严格预算管理", "专项资金闲置");

        Run otherSupervisor = run(t, "--department", "finance", "--group", "bob");
        assertThat(otherSupervisor.err).contains("3 section(s) shown");
    }

    @Test
    void textBlockNamesIssuerSectionEvidenceAndCoordinates() {
        TestTopics t = TestTopics.create("text", 1, "finance");
        write(t.topics().routed("finance"), section("sub-42", "2.1", "finance", SectionRole.PROBLEMS).build());

        Run run = run(t, "--department", "finance", "--group", "g", "--width", "60");

        assertThat(run.out).contains("XX县财政局 · county · XX县财政局2023年工作总结", "§2.1  （一）预算执行进度偏慢",
                "Under:       二、存在的问题", "finance (section.lexicon 3: 预算×2, 资金×2)",
                "部分项目资金拨付滞后", "Submission sub-42", "reports.submitted[0]@7", "rules 2026.11.1");
        // The heading is shown once, not repeated as the first line of the body.
        assertThat(run.out.split("（一）预算执行进度偏慢", -1)).hasSize(2);
    }

    @Test
    void filtersByRoleLevelOfficeAndTime() {
        TestTopics t = TestTopics.create("filter", 1, "finance");
        String topic = t.topics().routed("finance");
        write(topic,
                section("a", "2.1", "finance", SectionRole.PROBLEMS).setHeading("H-county-problems").build(),
                section("b", "3.1", "finance", SectionRole.PLAN).setHeading("H-county-plan").build(),
                section("c", "2.1", "finance", SectionRole.PROBLEMS).setHeading("H-town-problems")
                        .setIssuer(dev.reportflow.consumers.Samples.issuer("YY镇人民政府", "town", "general_government"))
                        .setOffice("YY镇").build(),
                section("d", "2.1", "finance", SectionRole.PROBLEMS).setHeading("H-old-problems")
                        .setReceivedAt(java.time.Instant.parse("2023-06-01T00:00:00Z")).build());

        Run run = run(t, "--department", "finance", "--group", "g", "--role", "problems", "--level", "county",
                "--since", "2024-01-01T00:00:00Z");
        assertThat(run.out).contains("H-county-problems")
                .doesNotContain("H-county-plan", "H-town-problems", "H-old-problems");

        Run byOffice = run(t, "--department", "finance", "--group", "g2", "--office", "YY镇");
        assertThat(byOffice.out).contains("H-town-problems").doesNotContain("H-county-problems");
    }

    @Test
    void aFilteredRunNeverSkipsWhatItHidFromTheNextUnfilteredRun() {
        TestTopics t = TestTopics.create("noskip", 1, "finance");
        String topic = t.topics().routed("finance");
        write(topic,
                section("a", "1.1", "finance", SectionRole.REVIEW).setHeading("H-review").build(),
                section("b", "2.1", "finance", SectionRole.PROBLEMS).setHeading("H-problems").build(),
                section("c", "3.1", "finance", SectionRole.PLAN).setHeading("H-plan").build());

        Run filtered = run(t, "--department", "finance", "--group", "carol", "--role", "problems");
        Run unfiltered = run(t, "--department", "finance", "--group", "carol");
        Run later = run(t, "--department", "finance", "--group", "carol");

        assertThat(filtered.out).contains("H-problems").doesNotContain("H-review", "H-plan");
        assertThat(unfiltered.out).as("everything the filter hid").contains("H-review", "H-plan");
        assertThat(later.out).as("the unfiltered run committed to the end").doesNotContain("H-review", "H-problems", "H-plan");
    }

    @Test
    void writesJsonLinesCsvAndMarkdownToAFile() throws Exception {
        TestTopics t = TestTopics.create("formats", 1, "finance");
        write(t.topics().routed("finance"), section("s1", "2.1", "finance", SectionRole.PROBLEMS)
                .setText("（一）预算执行进度偏慢\n第一段，含\"引号\"。\n第二段").build());

        Path json = tmp.resolve("out/finance.jsonl");
        assertThat(run(t, "--department", "finance", "--group", "j", "--format", "json", "--out", json.toString()).exitCode).isZero();
        List<String> lines = Files.readAllLines(json, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        JsonNode node = new ObjectMapper().readTree(lines.get(0));
        assertThat(node.at("/issuer/level").asText()).isEqualTo("county");
        assertThat(node.at("/departments/0/evidence/terms/0/term").asText()).isEqualTo("预算");
        assertThat(node.at("/delivery/topic").asText()).isEqualTo(t.topics().routed("finance"));
        assertThat(node.at("/receivedAt").asText()).isEqualTo("2024-01-15T02:00:00Z");

        Path csv = tmp.resolve("finance.csv");
        run(t, "--department", "finance", "--group", "c", "--format", "csv", "--out", csv.toString());
        String csvText = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(csvText).startsWith("received_at,office,issuer,level,");
        assertThat(csvText).contains("\"（一）预算执行进度偏慢\n第一段，含\"\"引号\"\"。\n第二段\"");

        Path md = tmp.resolve("finance.md");
        run(t, "--department", "finance", "--group", "m", "--format", "markdown", "--out", md.toString());
        assertThat(Files.readString(md, StandardCharsets.UTF_8))
                .contains("# Sections on `" + t.topics().routed("finance") + "`", "## XX县财政局 — §2.1", "> 第二段");
    }

    @Test
    void skipsAnUndecodableRecordAndKeepsGoing() {
        TestTopics t = TestTopics.create("corrupt", 1, "finance");
        String topic = t.topics().routed("finance");
        producer.sendRaw(topic, "junk", "not avro".getBytes(StandardCharsets.UTF_8));
        write(topic, section("s1", "2.1", "finance", SectionRole.PROBLEMS).setHeading("AFTER-JUNK").build());

        Run run = run(t, "--department", "finance", "--group", "g");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("AFTER-JUNK");
        assertThat(run.err).contains("1 undecodable record(s) skipped");
    }

    @Test
    void unknownDepartmentIsAUsageError() {
        TestTopics t = TestTopics.create("unknown", 1, "finance");

        Run run = run(t, "--department", "finanse");

        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("Unknown department code 'finanse'", "finance");
    }

    @Test
    void followShowsSectionsWrittenAfterItStartedUntilStopped() throws Exception {
        TestTopics t = TestTopics.create("follow", 1, "finance");
        StringWriter text = new StringWriter();
        try (var consumer = new dev.reportflow.consumers.common.KafkaClients(
                dev.reportflow.config.AppConfig.load(SuperviseCommand.CONFIG, null, java.util.Map.of(),
                        java.util.Map.of("bootstrap.servers", dev.reportflow.testsupport.SharedBroker.bootstrapServers())))
                .consumer(java.util.Map.of("group.id", "follower"))) {
            PrintWriter out = new PrintWriter(text);
            SupervisorFeed feed = new SupervisorFeed(consumer, t.topics().routed("finance"), SectionFilter.ALL,
                    OutputFormat.text.writer(out, 80, 5), java.time.Duration.ofSeconds(30));
            var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> feed.run(false, true));

            write(t.topics().routed("finance"), section("late", "2.1", "finance", SectionRole.PROBLEMS)
                    .setHeading("LATE-ARRIVAL").build());
            long deadline = System.currentTimeMillis() + 20_000;
            while (!text.toString().contains("LATE-ARRIVAL") && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            feed.stop();

            assertThat(running.get(10, java.util.concurrent.TimeUnit.SECONDS).written()).isEqualTo(1);
            assertThat(text.toString()).contains("LATE-ARRIVAL");
        }
    }

    private static void write(String topic, RoutedSection... sections) {
        producer.commit(Stream.of(sections).map(s -> record(topic, s)).toList());
    }

    private static ProducerRecord<String, byte[]> record(String topic, RoutedSection section) {
        return new ProducerRecord<>(topic, section.getDeliveryId(), TestProducer.encode(section));
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(TestTopics topics, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SuperviseCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(topics.connectionArgs());
        all.addAll(List.of(args));
        int exit = cli.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }
}
