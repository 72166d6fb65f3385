package dev.reportflow.consumers.trace;

import static dev.reportflow.consumers.Samples.evidence;
import static dev.reportflow.consumers.Samples.outline;
import static dev.reportflow.consumers.Samples.report;
import static dev.reportflow.consumers.Samples.section;
import static dev.reportflow.consumers.Samples.submission;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.consumers.TestProducer;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Submission;
import dev.reportflow.testsupport.TestTopics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TraceCommandTest {

    private static final String LOW_UNIT = "unit confidence 0.20 is below the unit routing threshold 0.35: 其他工作无部门";

    private static TestProducer producer;
    private static TestTopics t;

    @BeforeAll
    static void writeHistory() {
        producer = new TestProducer();
        t = TestTopics.create("trace", 2, "finance", "health", "unassigned");

        KafkaCoordinates s1 = intake("s1", "XX县财政局");
        producer.send(t.topics().classified(), "s1#1", report("s1", s1, "finance",
                outline("二、存在的问题", SectionRole.PROBLEMS, "finance"), outline("三、下步计划", SectionRole.PLAN, "health")).build());
        producer.send(t.topics().routed("finance"), "s1#1/2@finance", section("s1", "2", "finance", SectionRole.PROBLEMS).build());
        producer.send(t.topics().routed("finance"), "s1#1/10@finance", section("s1", "10", "finance", SectionRole.PLAN).build());
        producer.send(t.topics().routed("health"), "s1#1/3@health", section("s1", "3", "health", SectionRole.PLAN).build());
        // A submission whose id starts with "s1" must not be mistaken for it.
        producer.send(t.topics().routed("finance"), "s10#1/2@finance", section("s10", "2", "finance", SectionRole.PLAN).build());

        KafkaCoordinates s2 = intake("s2", "YY镇");
        producer.send(t.topics().rejected(), "s2", Rejection.newBuilder().setSubmissionId("s2")
                .setReason(RejectionReason.NOT_A_REPORT).setMessage("No report outline was found in the text.")
                .setOriginalBytes(ByteBuffer.wrap(new byte[0])).setSource(s2).setOffice("YY镇")
                .setRejectedAt(dev.reportflow.consumers.Samples.RECEIVED).build());

        intake("s3", "ZZ局");

        // One unit routed, its sibling waiting alone for triage, with its reason and the words behind its confidence.
        KafkaCoordinates s4 = intake("s4", "XX镇");
        producer.send(t.topics().classified(), "s4#1", report("s4", s4, "finance",
                outline("一、工作回顾", SectionRole.REVIEW, "finance")).build());
        producer.send(t.topics().routed("finance"), "s4#1/1@finance", section("s4", "1", "finance", SectionRole.REVIEW).build());
        producer.send(t.topics().routed("unassigned"), "s4#1/2@unassigned", section("s4", "2", "unassigned", SectionRole.REVIEW)
                .setRoutingReason("low-unit-confidence").setConfidence(0.2)
                .setConfidenceEvidence(evidence("routing.unit-confidence", 0.2, "其他工作")).setTriageReason(LOW_UNIT).build());
    }

    @AfterAll
    static void close() {
        producer.close();
    }

    @Test
    void followsAClassifiedSubmissionToEveryDepartmentTopic() throws Exception {
        String[] result = run("s1", "--format", "json");

        assertThat(result[0]).isEqualTo("0");
        JsonNode json = new ObjectMapper().readTree(result[1]);
        assertThat(json.get("status").asText()).isEqualTo("CLASSIFIED");
        assertThat(json.at("/received/submission/office").asText()).isEqualTo("XX县财政局");
        assertThat(json.at("/received/coordinates/topic").asText()).isEqualTo(t.topics().submitted());
        assertThat(json.at("/reports/0/issuer/department").asText()).isEqualTo("finance");
        assertThat(json.at("/deliveriesPerDepartment/finance").asInt()).isEqualTo(2);
        assertThat(json.at("/deliveriesPerDepartment/health").asInt()).isEqualTo(1);
        assertThat(json.get("deliveries")).hasSize(3);
        // Numeric path order: §2, §3, then §10.
        assertThat(json.at("/deliveries/0/sectionPath").asText()).isEqualTo("2");
        assertThat(json.at("/deliveries/1/sectionPath").asText()).isEqualTo("3");
        assertThat(json.at("/deliveries/2/sectionPath").asText()).isEqualTo("10");
    }

    @Test
    void textNamesIntakeIssuerAndWhereEachSectionWent() {
        String text = run("s1")[1];

        assertThat(text).contains("Submission s1 — CLASSIFIED (1 report(s), 3 routed copies on 2 topic(s))",
                "office XX县财政局", "issuer XX县财政局 (county) → finance", "rules 2026.10.0",
                t.topics().routed("health") + "[");
    }

    @Test
    void aUnitThatWaitsAloneForTriageSaysWhyOnTheWordsItsConfidenceRestsOn() {
        String text = run("s4")[1];

        assertThat(text).contains("low-unit-confidence", "待人工分办 waits for triage: " + LOW_UNIT + " (words: 其他工作×2)");
        assertThat(text.lines().filter(line -> line.contains("待人工分办"))).hasSize(1);
    }

    @Test
    void explainsARejection() {
        String[] result = run("s2");

        assertThat(result[0]).isEqualTo("0");
        assertThat(result[1]).contains("REJECTED", "NOT_A_REPORT", "No report outline was found", "office YY镇");
    }

    @Test
    void findsAnUnprocessedSubmissionOnTheIntakeTopic() {
        assertThat(run("s3")[1]).contains("PENDING", "office ZZ局", "Not classified yet");
    }

    @Test
    void unknownSubmissionExitsWithOne() {
        String[] result = run("nope");

        assertThat(result[0]).isEqualTo("1");
        assertThat(result[1]).contains("UNKNOWN");
    }

    private static KafkaCoordinates intake(String id, String office) {
        Submission submission = submission(id, office, "一、总体情况\n二、存在的问题\n");
        RecordMetadata at = producer.send(t.topics().submitted(), submission.getContentHash(), submission);
        return new KafkaCoordinates(at.topic(), at.partition(), at.offset());
    }

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new TraceCommand());
        cli.setOut(new PrintWriter(out));
        List<String> all = new ArrayList<>(t.connectionArgs());
        all.addAll(List.of(args));
        int exit = cli.execute(all.toArray(String[]::new));
        return new String[] {String.valueOf(exit), out.toString()};
    }
}
