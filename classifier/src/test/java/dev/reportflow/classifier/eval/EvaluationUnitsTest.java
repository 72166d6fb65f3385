package dev.reportflow.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Issuer;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.RoutingThresholds;
import dev.reportflow.classifier.Section;
import dev.reportflow.classifier.Subsection;
import dev.reportflow.classifier.text.TextLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How labelled routed units are scored: matched to the found report's routed units by line and
 * heading, right when the unit's departments include the gold's first one, right as a set when they
 * are the gold's exactly. The classification scored here is written out in each test (a water
 * bureau's report with one top-level section and two second-level ones on a run-on line, and a
 * top-level section without children), so that the figures depend on the scoring alone.
 */
class EvaluationUnitsTest {

    private static final String TEXT = """
            县水利局2023年工作总结
            一、2023年工作总结
            (一)防汛抗旱全面告捷。全年无一人因灾死亡。(二)党的建设。开展主题党日12次。
            二、2024年工作计划
            加快水库除险加固。
            """;

    @TempDir
    Path dir;

    @Test
    void aUnitCountsWhenItsDepartmentsHoldTheGoldsFirstAndAsASetOnlyWhenEqual() throws IOException {
        EvalResult r = evaluate(threeLabelledUnits());

        // (一): found [emergency_management, water] — main right, same set
        // (二): found [party_building] — main right, set differs
        // 二、: found [water] — wrong
        assertThat(r.unitDepartments()).isEqualTo(new EvalResult.Ratio(2, 3));
        assertThat(r.unitDepartmentSets()).isEqualTo(new EvalResult.Ratio(1, 3));
        assertThat(r.unitsFound()).isEqualTo(new EvalResult.Ratio(3, 3));
        assertThat(r.misses())
                .anyMatch(m -> m.contains("unit departments (main right, set differs) at 3 \"(二)党的建设。\""))
                .anyMatch(m -> m.contains("unit departments at 4 \"二、2024年工作计划\": gold [emergency_management], found [water]"))
                .noneMatch(m -> m.contains("(一)防汛抗旱"));
        assertThat(r.format()).containsPattern("routed-unit departments +2/3 +66\\.7%  target 90% MISSED")
                .containsPattern("routed-unit depts \\(same set\\) +1/3 +33\\.3%");
        assertThat(Targets.shortfalls(r)).anyMatch(s -> s.startsWith("routed-unit departments 2/3"));
        // the found units' figure split by the rule that routed them (here the test's rule "t", read as no
        // evidence, so unit confidence 0) and by whether the thresholds route them or send them to triage
        assertThat(r.unitBreakdown()).containsEntry("t", new EvalResult.Ratio(2, 3))
                .containsEntry("to triage (report < 0.50 or unit < 0.35)", new EvalResult.Ratio(2, 3))
                .doesNotContainKey("routed (report >= 0.50, unit >= 0.35)");
        assertThat(r.format()).containsPattern("to triage \\(report < 0\\.50 or unit < 0\\.35\\) +2/3 +66\\.7%");
    }

    @Test
    void theThresholdTableCountsTheUnitsEachUnitThresholdWouldRouteAndSendToTriage() throws IOException {
        // departments named by their heading (0.9), the report at 0.9: each unit at 0.9
        EvalResult r = new Evaluation(found(new Evidence("department.lexicon", 9, java.util.Map.of("防汛", 2),
                "named in the heading; 防汛")), RoutingThresholds.DEFAULT).run(List.of(threeLabelledUnits()), write());

        assertThat(r.unitTriage()).extracting(EvalResult.UnitTriage::confidence).containsOnly(0.9);
        assertThat(r.unitTriage()).extracting(EvalResult.UnitTriage::right).containsExactly(true, true, false);
        assertThat(r.format()).containsPattern("0\\.70 +3 +2/3 \\(66\\.7%\\) +0 +0");
    }

    @Test
    void eachUnitOfARunOnLineIsMatchedByItsHeadingAndAnUnseenOneIsWrong() throws IOException {
        GoldReport gold = report(List.of(
                unit(3, "(二)党的建设。", "party_building"),
                unit(3, "(三)不在此文的标题", "party_building"),
                unit(5, "加快水库除险加固。", "water")));

        EvalResult r = evaluate(gold);

        assertThat(r.unitDepartments()).isEqualTo(new EvalResult.Ratio(1, 3));
        assertThat(r.unitDepartmentSets()).isEqualTo(new EvalResult.Ratio(1, 3));
        assertThat(r.unitsFound()).isEqualTo(new EvalResult.Ratio(1, 3));
        assertThat(r.misses()).anyMatch(m -> m.contains("unit missed at 3 \"(三)不在此文的标题\""))
                .anyMatch(m -> m.contains("unit missed at 5"));
    }

    @Test
    void theUnitsOfAReportNotFoundAreAllWrong() throws IOException {
        GoldReport gold = report(List.of(unit(3, "(一)防汛抗旱全面告捷。", "water"), unit(4, "二、2024年工作计划", "water")));

        EvalResult r = new Evaluation(text -> new Classification(List.of(), TextLines.of(text).physicalLines(), "t", "t",
                Evidence.of("none", 0, "")), RoutingThresholds.DEFAULT).run(List.of(gold), write());

        assertThat(r.unitDepartments()).isEqualTo(new EvalResult.Ratio(0, 2));
        assertThat(r.unitDepartmentSets()).isEqualTo(new EvalResult.Ratio(0, 2));
    }

    @Test
    void withoutLabelledUnitsTheFigureIsShownAsAbsentAndMissesNoTarget() throws IOException {
        EvalResult r = evaluate(report(List.of()));

        assertThat(r.unitDepartments().total()).isZero();
        assertThat(r.format()).containsPattern("routed-unit departments +- +no labelled units");
        assertThat(Targets.shortfalls(r)).noneMatch(s -> s.contains("routed-unit"));
    }

    /** (一) and (二) found with their main department, 二、 found with another. */
    private static GoldReport threeLabelledUnits() {
        return report(List.of(
                unit(3, "(一)防汛抗旱全面告捷。", "water", "emergency_management"),
                unit(3, "(二)党的建设。", "party_building", "discipline_inspection"),
                unit(4, "二、2024年工作计划", "emergency_management")));
    }

    private EvalResult evaluate(GoldReport gold) throws IOException {
        return new Evaluation(found(), RoutingThresholds.DEFAULT).run(List.of(gold), write());
    }

    private Path write() throws IOException {
        Files.writeString(dir.resolve("report.txt"), TEXT, StandardCharsets.UTF_8);
        return dir;
    }

    /** What the scored classifier says of the text: the units and departments the tests check against. */
    private static Function<String, Classification> found() {
        return found(Evidence.of("t", 1, ""));
    }

    private static Function<String, Classification> found(Evidence departmentEvidence) {
        return text -> {
            Issuer issuer = new Issuer("县水利局", "county", "water", Evidence.of("t", 1, ""));
            Section review = new Section(2, 3, "一、2023年工作总结", Role.REVIEW, Evidence.of("t", 1, ""), departments(departmentEvidence, "water"),
                    List.of(new Subsection(3, 3, "(一)防汛抗旱全面告捷。", departments(departmentEvidence, "emergency_management", "water")),
                            new Subsection(3, 3, "(二)党的建设。", departments(departmentEvidence, "party_building"))));
            Section plan = new Section(4, 5, "二、2024年工作计划", Role.PLAN, Evidence.of("t", 1, ""), departments(departmentEvidence, "water"),
                    List.of());
            Report report = new Report(1, 5, "县水利局2023年工作总结", issuer, "summary_and_plan", List.of(2023, 2024),
                    List.of(review, plan), null, Evidence.of("confidence", 0.9, ""));
            return new Classification(List.of(report), TextLines.of(text).physicalLines(), "t", "t", null);
        };
    }

    private static List<DepartmentMatch> departments(Evidence evidence, String... codes) {
        return Arrays.stream(codes).map(c -> new DepartmentMatch(c, evidence)).toList();
    }

    private static GoldReport.GoldUnit unit(int line, String heading, String... departments) {
        return new GoldReport.GoldUnit(heading, line, List.of(departments));
    }

    private static GoldReport report(List<GoldReport.GoldUnit> units) {
        return new GoldReport("report.txt", "县水利局2023年工作总结", 1, 5, "县水利局", "county", "water", "summary_and_plan",
                List.of(2023, 2024), List.of(new GoldReport.GoldSection("一、2023年工作总结", 2, "REVIEW"),
                new GoldReport.GoldSection("二、2024年工作计划", 4, "PLAN")), false, null, "dev", "department_summary", units);
    }
}
