package dev.reportflow.classifier.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.RoutedUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class DepartmentRoutingTest {

    private static final String TOWN = """
            XX镇2024年工作总结和2025年工作计划
            一、2024年工作总结
            （一）严守耕地保护红线。完成永久基本农田核查，整治乱占耕地建房14宗。
            （二）抓牢安全生产底线。开展隐患排查整治，组织消防应急演练8次。
            （三）夯实基层D建根基。发展D员11名，开展主题D日活动96场。
            （四）其他工作。完成了上级交办的各项任务。
            二、2025年工作计划
            继续做好各项工作。
            """;

    @Test
    void routesATownshipsSectionsByTopicAndFallsBackToTheIssuer() {
        Report report = Classifier.standard().classify(TOWN).reports().get(0);
        List<RoutedUnit> units = report.routedUnits();
        assertThat(units).extracting(RoutedUnit::path).containsExactly("1.1", "1.2", "1.3", "1.4", "2");
        assertThat(first(units.get(0))).isEqualTo("natural_resources");
        assertThat(first(units.get(1))).isEqualTo("emergency_management");
        assertThat(first(units.get(2))).isEqualTo("party_building");
        assertThat(first(units.get(3))).isEqualTo("general_government");
        assertThat(units.get(3).departments().get(0).evidence().rule()).isEqualTo("department.issuer-fallback");
        DepartmentMatch land = units.get(0).departments().get(0);
        assertThat(land.evidence().rule()).isEqualTo("department.lexicon");
        assertThat(land.evidence().terms()).containsKeys("耕地保护", "永久基本农田");
    }

    @Test
    void anUnassignedReportsUnconvincingUnitsGoToUnassigned() {
        String text = "2024年工作总结和2025年工作计划\n一、2024年工作总结\n完成了各项任务。\n二、2025年工作计划\n继续努力。\n";
        Report report = Classifier.standard().classify(text).reports().get(0);
        assertThat(report.issuer().isAssigned()).isFalse();
        report.routedUnits().forEach(u -> assertThat(first(u)).isEqualTo("unassigned"));
    }

    private static String first(RoutedUnit unit) {
        return unit.departments().get(0).department();
    }
}
