package dev.reportflow.consumers.replay;

import static dev.reportflow.consumers.Samples.submission;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.rules.RuleChange;
import dev.reportflow.classifier.rules.RuleKind;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.consumers.TestProducer;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Submission;
import dev.reportflow.testsupport.SharedBroker;
import dev.reportflow.testsupport.TestTopics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Replay against recorded decisions written by the test itself: one equal to today's
 * classification, one with the issuer department and a section role altered, one rejected at the
 * time; plus submissions outside the window, and rules on routing.rules.
 */
class ReplayCommandTest {

    private static final Instant WINDOW_START = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant WINDOW_END = Instant.parse("2024-04-01T00:00:00Z");
    private static final String REPORT_TEXT = """
            XX县财政局2023年工作总结和2024年工作计划
            一、2023年工作开展情况
            （一）预算管理。全年一般公共预算收入完成12.3亿元，同比增长5%。
            （二）资金监管。开展专项资金检查，规范国库集中支付。
            二、存在的问题
            部分项目资金拨付滞后，预算执行率低于序时进度。
            三、2024年工作计划
            严格预算约束，加快支出进度，提高财政资金使用效益。
            """;

    private static TestProducer producer;
    private static TestProducer officeProducer;
    private static TestTopics t;
    private static Classification today;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void writeHistory() {
        producer = new TestProducer();
        officeProducer = new TestProducer(false);
        t = TestTopics.create("replay", 2);
        today = Classifier.standard().classify(REPORT_TEXT);
        assertThat(today.reports()).as("the sample text must hold a report for this test to mean anything").isNotEmpty();

        // Intake timestamps only grow, as with the topic's LogAppendTime.
        // Each submission its own text (the copy excepted): replay, like the streams app, rejects a second copy.
        Instant beforeWindow = Instant.parse("2024-02-01T00:00:00Z");
        KafkaCoordinates firstCopy = intake("before-window", "XX县财政局", textOf("before-window"), beforeWindow);
        KafkaCoordinates same = intake("same", "XX县财政局", textOf("same"), Instant.parse("2024-03-05T01:00:00Z"));
        record(AsRecorded.reports("same", same, textOf("same"), Classifier.standard()));

        KafkaCoordinates altered = intake("altered", "YY县财政局", textOf("altered"), Instant.parse("2024-03-06T01:00:00Z"));
        List<ClassifiedReport.Builder> alteredReports = AsRecorded.reports("altered", altered, textOf("altered"),
                Classifier.standard());
        ClassifiedReport.Builder first = alteredReports.get(0);
        first.getIssuer().setDepartment(otherThan(today.reports().get(0).issuer().department()));
        first.getOutline().get(0).setRole(otherThan(first.getOutline().get(0).getRole()));
        first.setClassifierVersion("0.0.1-old");
        record(alteredReports);

        KafkaCoordinates rejected = intake("rejected", "ZZ镇", textOf("rejected"), Instant.parse("2024-03-07T01:00:00Z"));
        producer.send(t.topics().rejected(), "rejected", Rejection.newBuilder().setSubmissionId("rejected")
                .setReason(RejectionReason.NOT_A_REPORT).setMessage("no outline").setOriginalBytes(ByteBuffer.allocate(0))
                .setSource(rejected).setRejectedAt(WINDOW_START).build());

        // A copy of a text first routed before the window: the recorded rejection names that first copy.
        KafkaCoordinates copy = intake("copy", "XX县财政局", textOf("before-window"), Instant.parse("2024-03-08T01:00:00Z"));
        producer.send(t.topics().rejected(), "copy", Rejection.newBuilder().setSubmissionId("copy")
                .setReason(RejectionReason.DUPLICATE).setMessage("already submitted").setOriginalBytes(ByteBuffer.allocate(0))
                .setSource(copy).setRejectedAt(WINDOW_START)
                .setDuplicateOf(new FirstSubmission("before-window", firstCopy, beforeWindow)).build());

        intake("after-window", "XX县财政局", textOf("after-window"), Instant.parse("2024-04-02T00:00:00Z"));

        producer.send(t.topics().routingRules(), "r1", rule("r1", "finance", "资金监管"));
        producer.send(t.topics().routingRules(), "r2", rule("r2", "audit", "专项检查"));
        producer.sendRaw(t.topics().routingRules(), "r2", null);
    }

    @AfterAll
    static void close() {
        producer.close();
        officeProducer.close();
    }

    @Test
    void reportsOnlyTheChangesBetweenRecordedAndTodaysDecisions() throws Exception {
        JsonNode report = replay("--from", "2024-03-01T00:00:00Z", "--to", "2024-04-01T00:00:00Z");

        assertThat(report.at("/summary/compared").asInt()).isEqualTo(4);
        assertThat(report.at("/summary/changed").asInt()).isEqualTo(2);
        Map<String, JsonNode> bySubmission = bySubmission(report);
        assertThat(bySubmission).containsOnlyKeys("same", "altered", "rejected", "copy");

        assertThat(bySubmission.get("same").get("changed").asBoolean()).isFalse();
        assertThat(bySubmission.get("same").get("changes")).isEmpty();
        assertThat(bySubmission.get("copy").get("changes")).isEmpty();
        assertThat(bySubmission.get("copy").at("/replayed/rejection").asText()).isEqualTo("DUPLICATE");

        JsonNode altered = bySubmission.get("altered");
        assertThat(whats(altered)).containsExactlyInAnyOrder("issuer.department", "section.role");
        JsonNode issuerChange = change(altered, "issuer.department");
        assertThat(issuerChange.get("after").asText()).isEqualTo(today.reports().get(0).issuer().department());
        assertThat(issuerChange.get("whyAfter").asText()).startsWith(today.reports().get(0).issuer().evidence().rule());
        assertThat(change(altered, "section.role").get("after").asText())
                .isEqualTo(today.reports().get(0).sections().get(0).role().name());
        assertThat(altered.at("/recorded/classifierVersion").asText()).isEqualTo("0.0.1-old");
        assertThat(altered.at("/replayed/classifierVersion").asText()).isEqualTo(Classifier.VERSION);

        JsonNode outcome = change(bySubmission.get("rejected"), "outcome");
        assertThat(outcome.get("before").asText()).isEqualTo("rejected (NOT_A_REPORT)");
        assertThat(outcome.get("after").asText()).isEqualTo("classified");
    }

    @Test
    void rulesFromTheTopicAreLayeredOnlyWhenAskedAndTombstonesDeleteThem() throws Exception {
        JsonNode bundled = replay("--from", "2024-03-01", "--to", "2024-04-01");
        JsonNode layered = replay("--from", "2024-03-01", "--to", "2024-04-01", "--rules-from-topic");

        assertThat(bundled.at("/versions/rules").asText()).isEqualTo(Rules.bundled().version());
        String expected = Rules.bundled().withChanges(List.of(
                new RuleChange("r1", RuleKind.SECTION_KEYWORD, "finance", "资金监管", 1.0))).version();
        assertThat(layered.at("/versions/rules").asText()).isEqualTo(expected);
        assertThat(layered.at("/versions/runtimeRules").asInt()).isEqualTo(1);
        assertThat(bySubmission(layered).get("same").at("/replayed/rulesVersion").asText()).isEqualTo(expected);
    }

    @Test
    void filtersByOfficeAndDepartment() throws Exception {
        assertThat(bySubmission(replay("--from", "2024-03-01", "--to", "2024-04-01", "--office", "ZZ镇")))
                .containsOnlyKeys("rejected");

        String alteredTo = otherThan(today.reports().get(0).issuer().department());
        Set<String> todays = Replay.departments(Decisions.recorded(AsRecorded.reports("altered",
                new KafkaCoordinates(t.topics().submitted(), 0, 0L), textOf("altered"), Classifier.standard())
                .stream().map(ClassifiedReport.Builder::build).toList()));
        // Only "altered" was ever decided for that department (unless today's decision names it too).
        if (!todays.contains(alteredTo)) {
            assertThat(bySubmission(replay("--from", "2024-03-01", "--to", "2024-04-01", "--department", alteredTo)))
                    .containsOnlyKeys("altered");
        }
        assertThat(bySubmission(replay("--from", "2024-03-01", "--to", "2024-04-01", "--department", "no_such_dept")))
                .isEmpty();
    }

    @Test
    void writesASelfContainedHtmlPageAndLeavesKafkaUntouched() throws Exception {
        Map<TopicPartition, Long> endsBefore = endOffsets();
        Set<String> groupsBefore = groups();
        Path html = tmp.resolve("replay.html");

        replay("--from", "2024-03-01", "--to", "2024-04-01", "--html", html.toString(), "--rules-from-topic");

        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg", "altered", "issuer.department", "2 would be decided differently")
                .doesNotContain("<script", "src=", "href=", "@import", "url(");
        assertThat(endOffsets()).isEqualTo(endsBefore);
        assertThat(groups()).isEqualTo(groupsBefore);
    }

    private static JsonNode replay(String... args) throws Exception {
        Path out = Files.createTempFile(tmp, "replay", ".json");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ReplayCommand());
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(t.connectionArgs());
        all.addAll(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        assertThat(cli.execute(all.toArray(String[]::new))).as(err.toString()).isZero();
        assertThat(err.toString()).contains("replay [", "100%");
        return new ObjectMapper().readTree(out.toFile());
    }

    private static Map<String, JsonNode> bySubmission(JsonNode report) {
        Map<String, JsonNode> map = new HashMap<>();
        report.get("submissions").forEach(s -> map.put(s.get("submissionId").asText(), s));
        return map;
    }

    private static List<String> whats(JsonNode submission) {
        return StreamSupport.stream(submission.get("changes").spliterator(), false).map(c -> c.get("what").asText()).toList();
    }

    private static JsonNode change(JsonNode submission, String what) {
        return StreamSupport.stream(submission.get("changes").spliterator(), false)
                .filter(c -> c.get("what").asText().equals(what)).findFirst().orElseThrow();
    }

    private static String textOf(String id) {
        return REPORT_TEXT + "报送编号：" + id + "\n";
    }

    private static KafkaCoordinates intake(String id, String office, String text, Instant at) {
        Submission submission = submission(id, office, text);
        RecordMetadata m = officeProducer.commit(List.of(new ProducerRecord<>(t.topics().submitted(), null, at.toEpochMilli(),
                submission.getContentHash(), TestProducer.encode(submission)))).get(0);
        return new KafkaCoordinates(m.topic(), m.partition(), m.offset());
    }

    private static void record(List<ClassifiedReport.Builder> reports) {
        reports.forEach(r -> producer.send(t.topics().classified(), r.getReportId(), r.build()));
    }

    private static RoutingRule rule(String id, String department, String term) {
        return RoutingRule.newBuilder().setRuleId(id).setKind(dev.reportflow.schemas.RuleKind.SECTION_KEYWORD)
                .setDepartment(department).setTerm(term).setCreatedAt(WINDOW_START).build();
    }

    private static String otherThan(String department) {
        return department.equals("audit") ? "health" : "audit";
    }

    private static SectionRole otherThan(SectionRole role) {
        return role == SectionRole.PROBLEMS ? SectionRole.PLAN : SectionRole.PROBLEMS;
    }

    private static Map<TopicPartition, Long> endOffsets() throws Exception {
        try (Admin admin = SharedBroker.admin()) {
            Map<TopicPartition, OffsetSpec> query = new HashMap<>();
            for (String topic : List.of(t.topics().submitted(), t.topics().classified(), t.topics().rejected(),
                    t.topics().routingRules(), t.topics().auditCheckpoints())) {
                for (int p = 0; p < 2; p++) {
                    query.put(new TopicPartition(topic, p), OffsetSpec.latest());
                }
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(query).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
            return ends;
        }
    }

    private static Set<String> groups() throws Exception {
        try (Admin admin = SharedBroker.admin()) {
            return admin.listGroups().all().get().stream().map(g -> g.groupId()).collect(java.util.stream.Collectors.toSet());
        }
    }
}
