package dev.reportflow.consumers.suggest;

import static dev.reportflow.consumers.Samples.submission;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.consumers.TestProducer;
import dev.reportflow.decision.DecisionSettings;
import dev.reportflow.decision.Decider;
import dev.reportflow.decision.Outcome;
import dev.reportflow.decision.rules.RuleRecords;
import dev.reportflow.decision.rules.RuleSnapshot;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.RuleKind;
import dev.reportflow.schemas.Submission;
import dev.reportflow.testsupport.TestTopics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Learning from corrections on a real broker: a supervisor added the department flood_control; clerks
 * then sent three units about 蓄滞洪区 (flood storage areas) there by hand. {@code rules suggest}
 * proposes the section keyword that would have routed all three, and its replay diff shows what
 * else it changes: a fourth report's unit on the same subject, nobody's unrelated report.
 */
class RulesSuggestCommandTest {

    private static final String FLOOD = "flood_control";
    /** Three reports whose flood-storage unit a clerk sent to flood_control, and one no clerk looked at. */
    private static final Map<String, String> REPORTS = new LinkedHashMap<>();

    static {
        REPORTS.put("corrected-a", water("县水务局", 2023, "（二）蓄滞洪区调度。修订蓄滞洪区调度规程，明确分洪口门启用条件。"));
        REPORTS.put("corrected-b", water("市水利局", 2022, "（二）蓄滞洪区安全建设。推进蓄滞洪区避险楼台选址，落实安全转移道路。"));
        REPORTS.put("corrected-c", water("区水务局", 2021, "（二）蓄滞洪区群众转移。编制蓄滞洪区人员撤离预案，登记转移对象名册。"));
        REPORTS.put("uncorrected", water("镇水利站", 2020, "（二）蓄滞洪区运用准备。排查蓄滞洪区进退水设施，储备抢险物资。"));
    }

    private static final String UNRELATED = """
            县应急管理局2024年工作总结和2025年工作计划

            2024年，县应急管理局坚持安全发展理念，扎实推进各项工作。
            一、2024年工作开展情况
            （一）安全生产专项整治。开展危险化学品、消防安全、建筑施工等重点行业领域排查整治。
            （二）防灾减灾救灾。完善森林防火预案，组织应急演练12次。
            二、2025年工作计划
            提升应急救援能力。
            """;

    private static String water(String office, int year, String floodUnit) {
        return """
                %1$s%2$d年工作总结
                一、%2$d年工作开展情况
                （一）水利工程建设。完成小型水库除险加固，新建灌溉渠道。
                %3$s
                二、%4$d年工作计划
                加快水利项目建设，抓好河湖长制落实。
                """.formatted(office, year, floodUnit, year + 1);
    }

    @Test
    void proposesTheKeywordThatFixesTheCorrectionsAndShowsItsReplayDiff() {
        TestTopics t = TestTopics.create("suggest", 1);
        RoutingRule department = RoutingRule.newBuilder().setRuleId("flood-dept").setKind(RuleKind.DEPARTMENT)
                .setDepartment(FLOOD).setTerm("防汛抗旱").setAuthor("supervisor").setCreatedAt(Instant.now()).build();
        List<String> correctionIds = new ArrayList<>();
        Map<String, String> idOf = new LinkedHashMap<>();
        try (TestProducer office = new TestProducer(false); TestProducer clerks = new TestProducer()) {
            clerks.send(t.topics().routingRules(), RuleRecords.key(department), department);
            Classifier today = new RuleSnapshot().classifierFor(List.of(department));
            Map<String, String> texts = new LinkedHashMap<>(REPORTS);
            texts.put("unrelated", UNRELATED);
            for (var report : texts.entrySet()) {
                Submission submission = submission(report.getKey(), "office " + report.getKey(), report.getValue());
                RecordMetadata m = office.commit(List.of(new ProducerRecord<>(t.topics().submitted(),
                        submission.getContentHash(), TestProducer.encode(submission)))).get(0);
                KafkaCoordinates source = new KafkaCoordinates(m.topic(), m.partition(), m.offset());
                idOf.put(report.getKey(), "sub-" + m.partition() + "-" + m.offset());
                if (report.getKey().startsWith("corrected-")) {
                    RoutedSection unit = floodUnit(submission, source, today, m.timestamp());
                    String correctionId = "fix-" + report.getKey();
                    correctionIds.add(correctionId);
                    clerks.send(t.topics().corrections(), unit.getReportId(), RoutingCorrection.newBuilder()
                            .setCorrectionId(correctionId).setReportId(unit.getReportId()).setUnitId(unit.getUnitId())
                            .setDepartmentsAdded(List.of(FLOOD)).setDepartmentsRemoved(List.of())
                            .setBy("张三").setAt(Instant.now()).setReason("蓄滞洪区归防汛办")
                            .setCorrectsClassifierVersion(unit.getClassifierVersion())
                            .setCorrectsRulesVersion(unit.getRulesVersion()).build());
                }
            }
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new RulesSuggestCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(t.connectionArgs().toArray(String[]::new));
        String printed = out.toString();
        System.out.println(printed);

        assertThat(exit).as(err.toString()).isZero();
        assertThat(printed).contains("从 3 条更正中学习")
                .contains("建议 1 (suggestion 1): 分节关键词 SECTION_KEYWORD「蓄滞洪区」→ flood_control")
                .contains("可免去的更正 (would have fixed): 3 / 3")
                .contains(correctionIds)
                .contains("--kind SECTION_KEYWORD --department flood_control --term 蓄滞洪区 --weight");
        String diff = printed.substring(printed.indexOf("回放差异"), printed.indexOf("应用 (apply)"));
        assertThat(diff).contains("4 / 5 份提交改变")
                .contains("office uncorrected  [其他 not corrected]")
                .contains("office corrected-a  [已更正 corrected]")
                .contains("unit.departments")
                .doesNotContain("office unrelated");
    }

    /** The unit on flood storage as the decision core routes it today, not yet to flood_control. */
    private static RoutedSection floodUnit(Submission submission, KafkaCoordinates source, Classifier today, long time) {
        Decider decider = new Decider(DecisionSettings.DEFAULT);
        Submission stamped = Decider.stamped(submission, source, time);
        Outcome outcome = decider.decide(stamped, source, today, Instant.ofEpochMilli(time), hash -> java.util.Optional.empty());
        assertThat(outcome).isInstanceOf(Outcome.Classified.class);
        List<RoutedSection> copies = ((Outcome.Classified) outcome).deliveries().stream()
                .filter(d -> d.getText().contains("蓄滞洪区")).toList();
        assertThat(copies).as("the flood-storage unit").isNotEmpty().noneMatch(d -> d.getRoutedTo().equals(FLOOD));
        return copies.get(0);
    }
}
