package dev.reportflow.classifier.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static final String REPORT = """
            县低空经济办2024年工作总结和2025年工作计划
            2024年，县低空经济办认真履行职责。
            一、2024年工作总结
            （一）无人机配送航线建设。开通无人机配送航线6条，无人机起降场建成3个。
            二、2025年工作计划
            （一）拓展无人机应用场景，新增无人机配送航线。
            """;

    @Test
    void bundledRulesCarryTheManifestVersionAndEveryDepartment() {
        Rules rules = Rules.bundled();
        assertThat(rules.version()).isEqualTo(Rules.bundledVersion()).matches("\\d{4}\\.\\d+\\.\\d+");
        assertThat(rules.departmentCodes()).hasSize(39).contains("general_government", "veterans_affairs");
        assertThat(rules.department("finance").bodyName()).isEqualTo("财政局");
    }

    @Test
    void runtimeChangesAreAppliedAndChangeTheVersion() {
        Classifier bundled = Classifier.standard();
        Report before = bundled.classify(REPORT).reports().get(0);
        assertThat(before.issuer().department()).isNotEqualTo("low_altitude");

        Rules changed = Rules.bundled().withChanges(List.of(
                new RuleChange("r1", RuleKind.DEPARTMENT, "low_altitude", "低空经济", 0),
                new RuleChange("r2", RuleKind.ISSUER_ALIAS, "low_altitude", "低空经济办", 0),
                new RuleChange("r3", RuleKind.SECTION_KEYWORD, "transport", "无人机", 3)));
        Classification c = bundled.withRules(changed).classify(REPORT);
        Report after = c.reports().get(0);
        assertThat(after.issuer().department()).isEqualTo("low_altitude");
        assertThat(after.sections().get(0).subsections().get(0).departments())
                .extracting(DepartmentMatch::department).contains("transport");
        assertThat(c.rulesVersion()).isNotEqualTo(bundled.rules().version()).startsWith(Rules.bundledVersion() + "+");
        assertThat(changed.departmentCodes()).contains("low_altitude");
    }

    @Test
    void changesNamingAnUnknownDepartmentAreIgnored() {
        Rules changed = Rules.bundled().withChanges(List.of(
                new RuleChange("x", RuleKind.ISSUER_ALIAS, "no_such_code", "低空经济办", 0)));
        Report r = new Classifier(changed).classify(REPORT).reports().get(0);
        assertThat(r.issuer().department()).isNotEqualTo("no_such_code");
    }

    @Test
    void theVersionDependsOnTheChangesNotTheirOrder() {
        RuleChange a = new RuleChange("a", RuleKind.SECTION_KEYWORD, "finance", "专项资金", 2);
        RuleChange b = new RuleChange("b", RuleKind.SECTION_KEYWORD, "audit", "审计署", 2);
        assertThat(Rules.bundled().withChanges(List.of(a, b)).version())
                .isEqualTo(Rules.bundled().withChanges(List.of(b, a)).version())
                .isNotEqualTo(Rules.bundled().withChanges(List.of(a)).version());
    }
}
