package dev.reportflow.consumers.triage;

import static dev.reportflow.consumers.Samples.evidence;
import static dev.reportflow.consumers.Samples.outline;
import static dev.reportflow.consumers.Samples.report;
import static dev.reportflow.consumers.Samples.section;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.consumers.Samples;
import dev.reportflow.consumers.TestProducer;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Topics;
import dev.reportflow.testsupport.TestTopics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TriageCommandTest {

    private static final String LOW_CONFIDENCE = "confidence 0.31 is below the routing threshold 0.50: 标题不像工作报告";
    private static final String NO_ISSUER = "no convincing issuer: 未找到发文机关";
    private static final String LOW_UNIT = "unit confidence 0.20 is below the unit routing threshold 0.35: 其他工作无部门";

    private static TestProducer producer;
    private static TestTopics t;

    @BeforeAll
    static void writeQueue() {
        producer = new TestProducer();
        t = TestTopics.create("triage", 2, "finance", Topics.UNASSIGNED);
        String unassigned = t.topics().routed(Topics.UNASSIGNED);
        KafkaCoordinates intake = new KafkaCoordinates(t.topics().submitted(), 0, 0L);

        // Written first, received later: the listing must order by receipt, not by the log.
        Instant later = Samples.RECEIVED.plusSeconds(3600);
        producer.send(t.topics().classified(), "new#1", report("new", intake, Topics.UNASSIGNED,
                outline("一、工作回顾", SectionRole.REVIEW)).setReceivedAt(later)
                .setOffice("某局\u001b[2J").setConfidence(0.8).setTriageReason(NO_ISSUER).build());
        producer.send(unassigned, "new#1/1@unassigned", unassigned("new", "1").setReceivedAt(later)
                .setIssuer(Samples.issuer("某单位", "unknown", Topics.UNASSIGNED)).setDepartments(List.of()).build());

        producer.send(t.topics().classified(), "old#1", lowConfidence(report("old", intake, "finance",
                outline("二、存在的问题", SectionRole.PROBLEMS, "finance"))).build());
        producer.send(unassigned, "old#1/2@unassigned", unassigned("old", "2").build());
        RoutedSection withdrawn = unassigned("old", "3").setHeading("（二）已更正的单元").build();
        producer.send(unassigned, "old#1/3@unassigned", withdrawn);
        producer.send(unassigned, "old#1/3@unassigned", RoutedSection.newBuilder(withdrawn)
                .setRetracted(true).setCorrection(correction("old#1/3")).build());
        // A routed report of which one unit alone waits: the unit's own reason, the report has none.
        Instant latest = Samples.RECEIVED.plusSeconds(7200);
        producer.send(t.topics().classified(), "mid#1", report("mid", intake, "finance",
                outline("一、工作回顾", SectionRole.REVIEW, "finance")).setReceivedAt(latest).setConfidence(0.9).build());
        producer.send(unassigned, "mid#1/1@unassigned", unassigned("mid", "1").setReceivedAt(latest)
                .setRoutingReason("low-unit-confidence").setConfidence(0.2)
                .setConfidenceEvidence(evidence("routing.unit-confidence", 0.2, "其他工作")).setTriageReason(LOW_UNIT).build());
        // The corrected report, written again under its id: the newest record is the one to show.
        producer.send(t.topics().classified(), "old#1", lowConfidence(report("old", intake, "finance",
                outline("二、存在的问题", SectionRole.PROBLEMS, "finance"))).setCorrections(List.of(correction("old#1/3"))).build());
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    @Test
    void listsOldestFirstWithReasonGuessesAndTheCommandToRouteEachUnit() {
        String[] result = run("--by", "王芳");

        assertThat(result[0]).isEqualTo("0");
        String text = result[1];
        assertThat(text).contains("待分拣 Awaiting triage: 3 report(s)", "置信度 Confidence 0.31", "原因 Reason      " + LOW_CONFIDENCE,
                "原因 Reason      " + NO_ISSUER, "finance (section.lexicon 3: 预算×2, 资金×2)",
                "reportflow correct --unit 'old#1/2' --add 'finance' --remove unassigned --by '王芳' --reason '分拣：采纳分类器建议",
                "reportflow correct --unit 'new#1/1' --add '" + TriageRenderer.NO_GUESS + "'");
        assertThat(text.indexOf("old#1")).isLessThan(text.indexOf("new#1"));
        // a unit that waits alone says why, with the words its confidence rests on; units of a waiting report do not repeat it
        assertThat(text).contains("原因 Reason  " + LOW_UNIT + " (words: 其他工作×2)");
        assertThat(text).doesNotContain("原因 Reason  " + LOW_CONFIDENCE);
        assertThat(text).doesNotContain("old#1/3", "已更正的单元");
        assertThat(text).contains("某局\\u001b[2J").doesNotContain("\u001b");
    }

    @Test
    void jsonIsOneObjectPerReport() throws Exception {
        String[] lines = run("--format", "json", "--by", "王芳")[1].strip().split("\n");

        assertThat(lines).hasSize(3);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode older = mapper.readTree(lines[0]);
        assertThat(older.get("reportId").asText()).isEqualTo("old#1");
        assertThat(older.get("triageReason").asText()).isEqualTo(LOW_CONFIDENCE);
        assertThat(older.get("units")).hasSize(1);
        assertThat(older.at("/units/0/bestGuess/0").asText()).isEqualTo("finance");
        assertThat(older.at("/units/0/correctCommand").asText()).startsWith("reportflow correct --unit 'old#1/2' --add 'finance'");
        assertThat(older.at("/units/0/routingReason").asText()).isEqualTo("low-confidence");
        assertThat(mapper.readTree(lines[1]).get("reportId").asText()).isEqualTo("new#1");
        JsonNode unitWaits = mapper.readTree(lines[2]);
        assertThat(unitWaits.get("triageReason").isNull()).isTrue();
        assertThat(unitWaits.at("/units/0/routingReason").asText()).isEqualTo("low-unit-confidence");
        assertThat(unitWaits.at("/units/0/triageReason").asText()).isEqualTo(LOW_UNIT);
        assertThat(unitWaits.at("/units/0/confidence").asDouble()).isEqualTo(0.2);
        assertThat(unitWaits.at("/units/0/confidenceEvidence/terms/0/term").asText()).isEqualTo("其他工作");
    }

    @Test
    void limitShowsTheOldestOnly() {
        String text = run("--limit", "1")[1];

        assertThat(text).contains("3 report(s), oldest first; the first 1 shown", "old#1/2").doesNotContain("new#1");
    }

    private static ClassifiedReport.Builder lowConfidence(ClassifiedReport.Builder report) {
        return report.setConfidence(0.31).setConfidenceEvidence(evidence("confidence.issuer-times-genre", 0.31))
                .setTriageReason(LOW_CONFIDENCE);
    }

    private static RoutedSection.Builder unassigned(String submissionId, String path) {
        return section(submissionId, path, Topics.UNASSIGNED, SectionRole.PROBLEMS)
                .setDepartments(List.of(new DepartmentAssignment("finance",
                        evidence("section.lexicon", 3, "预算", "资金"))))
                .setRoutingReason("low-confidence");
    }

    private static RoutingCorrection correction(String unitId) {
        return RoutingCorrection.newBuilder().setCorrectionId("cor-1").setReportId("old#1").setUnitId(unitId)
                .setDepartmentsAdded(List.of("finance")).setDepartmentsRemoved(List.of(Topics.UNASSIGNED))
                .setBy("李明").setAt(Samples.RECEIVED.plusSeconds(60)).setReason("属财政资金事项")
                .setCorrectsClassifierVersion("0.0.9").setCorrectsRulesVersion("2026.10.0").build();
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new TriageCommand());
        cli.setOut(new PrintWriter(out));
        List<String> all = new ArrayList<>(t.connectionArgs());
        all.addAll(List.of(args));
        int exit = cli.execute(all.toArray(String[]::new));
        return new String[] {String.valueOf(exit), out.toString()};
    }
}
