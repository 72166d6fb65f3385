package dev.reportflow.classifier.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.RoutedUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /**
     * The opening of a banner's 政府工作报告 (corpus/documents/gov-024.txt, dev, lines 7-23, blank lines
     * dropped): its review has no second level in the saved text, so the whole review is one unit. Its
     * body lists poverty relief, incomes and investment; the unit is the government's work as a whole.
     */
    private static final String BANNER_REVIEW = """
            政府工作报告
              ——在东乌珠穆沁旗第十六届人民代表大会第一会议上
              东乌旗人民政府代旗长 周玉龙
            各位代表:
              现在,我代表旗人民政府向大会报告工作,请予审议,并请政协委员和列席会议的同志提出意见。
              一、过去四年工作回顾
              过去的四年,是我旗发展进程中攻坚克难、砥砺奋进、开拓进取的四年。预计全旗地区生产总值累计完成232.75亿元,年均增长3.56%;一般公共预算收入累计完成25.32亿元,保持逐年稳步增长;固定资产投资累计完成65.3亿元,年均增长2.3%;社会消费品零售总额累计完成43.5亿元,年均增长1.3%;城乡常住居民人均可支配收入分别达到44846元和37342元,年均增长4.9%和7.2%,牧区常住居民人均可支配收入连续33年位居全区牧业旗县首位。
              ——四年来,我们始终坚持干在一起、冲在一线,交出了一份“攻坚答卷”。脱贫攻坚取得决定性胜利,累计投入扶贫资金1.2亿元,全旗165户568名建档立卡贫困户实现稳定脱贫,人均年纯收入达到2.9万元,高于全国脱贫标准7倍,“两不愁三保障”目标全面实现。扎实推进巩固拓展脱贫攻坚成果同乡村振兴有效衔接
            """;

    @Test
    void aUnitWhoseHeadingNamesOnlyItsRoleStaysWithTheIssuer() {
        Report report = Classifier.standard().classify(BANNER_REVIEW).reports().get(0);

        assertThat(report.issuer().department()).isEqualTo("general_government");
        assertThat(report.routedUnits()).singleElement().satisfies(u -> {
            assertThat(u.heading()).isEqualTo("一、过去四年工作回顾");
            assertThat(u.departments()).extracting(DepartmentMatch::department).containsExactly("general_government");
            assertThat(u.departments().get(0).evidence().rule()).isEqualTo("department.whole-work");
        });
    }

    @Test
    void aRoleHeadingThatAlsoNamesALineOfWorkIsRoutedByItsTopic() {
        // the heading composed for the test; the body is the first sentences of dept-025's (一) (dev)
        String text = """
                X市应急管理局2023年工作总结
                一、2023年安全生产工作情况
                一是狠抓隐患排查治理。持续深入开展安全生产大检查、重大事故隐患专项排查整治2023行动,聚焦消防、道路交通、建筑施工、城镇燃气、特种设备、经营性自建房等重点行业领域,常态化开展排查整治工作,共排查整治各类安全隐患4878条,坚决稳控安全生产形势。
                """;
        Report report = Classifier.standard().classify(text).reports().get(0);

        assertThat(report.routedUnits()).singleElement().satisfies(u -> {
            assertThat(first(u)).isEqualTo("emergency_management");
            assertThat(u.departments().get(0).evidence().rule()).isEqualTo("department.lexicon");
        });
    }

    @Test
    void aUnitThatNamesTheIssuersOwnLineOfWorkIsAlsoTheIssuers() throws IOException {
        // a county library's whole report (corpus/documents/inst-015.txt, dev); its fourth unit takes books
        // to the villages (農家書屋): a rural matter, and the library's own work
        String text = Files.readString(Path.of("..", "corpus", "documents", "inst-015.txt"), StandardCharsets.UTF_8);
        Report report = Classifier.standard().classify(text).reports().get(0);

        assertThat(report.issuer().department()).isEqualTo("culture_tourism");
        RoutedUnit villages = report.routedUnits().stream().filter(u -> u.line() == 6).findFirst().orElseThrow();
        assertThat(villages.departments()).extracting(DepartmentMatch::department)
                .containsExactly("agriculture_rural", "culture_tourism");
        assertThat(villages.departments().get(1).evidence().rule()).isEqualTo("department.issuer-own-work");
    }

    private static String first(RoutedUnit unit) {
        return unit.departments().get(0).department();
    }
}
