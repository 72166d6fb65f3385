package dev.reportflow.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.Section;
import dev.reportflow.classifier.rules.Rules;
import org.junit.jupiter.api.Test;

class KeywordBaselineTest {

    private final KeywordBaseline baseline = new KeywordBaseline(Rules.bundled());

    @Test
    void takesTheFirstAliasTheLastUnitAndTheChineseNumberedLines() {
        var c = baseline.apply("""
                县审计局2023年工作总结
                一、主要工作
                完成审计项目12个。
                二、存在的问题
                三、2024年工作计划
                """);

        assertThat(c.reports()).singleElement().satisfies(r -> {
            assertThat(r.issuer().department()).isEqualTo("audit");
            assertThat(r.issuer().level()).isEqualTo("county");
            assertThat(r.sections()).extracting(Section::role).containsExactly(Role.REVIEW, Role.PROBLEMS, Role.PLAN);
        });
    }

    @Test
    void routesEachSecondLevelSectionByTheFirstTopicWordOfItsHeadingElseToTheIssuer() {
        var c = baseline.apply("""
                县审计局2023年工作总结
                一、主要工作
                (一)加强党的建设。审计项目12个。
                (二)完成各项任务。完成审计项目12个。
                二、存在的问题
                """);

        assertThat(c.reports().get(0).routedUnits()).satisfiesExactly(
                u -> assertThat(u.departments()).extracting(DepartmentMatch::department).containsExactly("party_building"),
                u -> assertThat(u.departments()).extracting(DepartmentMatch::department).containsExactly("audit"),
                u -> assertThat(u.heading()).isEqualTo("二、存在的问题"));
    }

    @Test
    void rejectsNothingButAnEmptyText() {
        assertThat(baseline.apply("关于召开全县经济工作会议的通知").reports()).hasSize(1);
        assertThat(baseline.apply("  \n").reports()).isEmpty();
    }
}
