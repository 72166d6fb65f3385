package dev.reportflow.consumers.replay;

import static dev.reportflow.consumers.Samples.submission;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.consumers.TestProducer;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.RuleKind;
import dev.reportflow.schemas.Submission;
import dev.reportflow.testsupport.TestTopics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The auditor's question after a supervisor changed the rules: what would route differently now,
 * and why? A submission routed with the bundled rules is replayed after a new department and a
 * keyword for it were put on routing.rules.
 */
class ReplayAfterRuleChangeTest {

    private static final String REPORT_TEXT = """
            县水务局2024年工作总结和2025年工作计划
            一、2024年工作开展情况
            （一）水利工程建设。完成小型水库除险加固4座，新建灌溉渠道12公里。
            （二）蓄滞洪区管理。完善蓄滞洪区调度方案，组织蓄滞洪区转移演练。
            二、2025年工作计划
            加快水利项目建设，做好防汛准备。
            """;
    private static final Instant RECEIVED = Instant.parse("2025-01-10T08:00:00Z");

    private static TestProducer producer;
    private static TestTopics t;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void routeWithTheBundledRulesThenChangeThem() {
        producer = new TestProducer();
        t = TestTopics.create("rulechange", 1);
        Submission submission = submission("water", "县水务局", REPORT_TEXT);
        RecordMetadata m;
        try (TestProducer office = new TestProducer(false)) {
            m = office.commit(List.of(new ProducerRecord<>(t.topics().submitted(), null, RECEIVED.toEpochMilli(),
                    submission.getContentHash(), TestProducer.encode(submission)))).get(0);
        }
        AsRecorded.reports("water", new KafkaCoordinates(m.topic(), m.partition(), m.offset()), REPORT_TEXT,
                        Classifier.standard())
                .forEach(r -> producer.send(t.topics().classified(), r.getReportId(), r.build()));

        producer.send(t.topics().routingRules(), "flood", rule("flood", RuleKind.DEPARTMENT, ""));
        producer.send(t.topics().routingRules(), "flood-kw", rule("flood-kw", RuleKind.SECTION_KEYWORD, "蓄滞洪区"));
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    @Test
    void showsTheUnitThatNowAlsoConcernsTheNewDepartmentWithTheWordThatDecided() throws Exception {
        JsonNode withRules = replay("--rules-from-topic");
        JsonNode bundledOnly = replay();

        JsonNode water = withRules.get("submissions").get(0);
        JsonNode change = StreamSupport.stream(water.get("changes").spliterator(), false)
                .filter(c -> c.get("what").asText().equals("unit.departments")).findFirst().orElseThrow();
        assertThat(change.get("where").asText()).contains("蓄滞洪区管理");
        assertThat(change.get("before").asText()).doesNotContain("flood_control");
        assertThat(change.get("after").asText()).contains("flood_control");
        assertThat(change.get("whyAfter").asText()).contains("蓄滞洪区");
        assertThat(water.at("/replayed/rulesVersion").asText()).contains("+");
        assertThat(bundledOnly.at("/summary/changed").asInt()).isZero();
    }

    private static JsonNode replay(String... extra) throws Exception {
        Path out = Files.createTempFile(tmp, "replay", ".json");
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ReplayCommand());
        cli.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(t.connectionArgs());
        args.addAll(List.of("--from", "2025-01-01", "--to", "2025-02-01", "--out", out.toString()));
        args.addAll(List.of(extra));
        assertThat(cli.execute(args.toArray(String[]::new))).as(err.toString()).isZero();
        return new ObjectMapper().readTree(out.toFile());
    }

    private static RoutingRule rule(String id, RuleKind kind, String term) {
        return RoutingRule.newBuilder().setRuleId(id).setKind(kind).setDepartment("flood_control").setTerm(term)
                .setWeight(5.0).setCreatedAt(RECEIVED).build();
    }
}
