package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The genre rules of classifier 0.6.0 / rules 2027.2.0, each on new synthetic text. */
class GenreRules060Test {


    @Test
    void aTitleSplitOverTwoLinesIsOneTitle() {
        List<Report> found = Fixtures.reports("""
                XX县水投集团有限公司文件

                XX县水投集团有限公司2024年工作总结
                及2025年工作计划

                2024年，集团公司围绕县域供水保障，各项工作取得积极成效。
                一、2024年工作开展情况
                新建供水管网XX公里。
                二、存在的问题
                经营性收入偏低。
                三、2025年工作计划
                推进城乡供水一体化。
                """);
        assertThat(found).hasSize(1);
        Report report = found.get(0);
        assertThat(report.startLine()).isEqualTo(3);
        assertThat(report.title()).isEqualTo("XX县水投集团有限公司2024年工作总结及2025年工作计划");
        assertThat(report.kind()).isEqualTo("summary_and_plan");
        assertThat(report.years()).containsExactly(2024, 2025);
        assertThat(report.sections()).extracting(Section::role).containsExactly(Role.REVIEW, Role.PROBLEMS, Role.PLAN);
    }

    @Test
    void otherMattersToReportAreOther() {
        Report report = Fixtures.reports("""
                XX区统计局2024年工作总结和2025年工作计划
                一、2024年工作完成情况
                按时完成各项统计调查任务。
                二、2025年工作计划
                做好第五次全国经济普查数据开发。
                三、其他需要报告的事项
                根据市局统一部署，我局于今年9月完成了机构职能调整，原普查中心人员已全部转隶到位，相关工作交接顺利。
                """).get(0);
        assertThat(report.sections()).extracting(Section::role).containsExactly(Role.REVIEW, Role.PLAN, Role.OTHER);
    }

    @Test
    void aSupplyAndMarketingFederationIsOfItsPlaceNotAnEnterprise() {
        Report report = Fixtures.reports("""
                XX市供销合作社联合社2024年工作总结
                一、主要工作
                全系统实现销售总额XX亿元。
                二、存在问题
                基层社服务能力不强。
                """).get(0);
        assertThat(report.issuer().name()).isEqualTo("XX市供销合作社联合社");
        assertThat(report.issuer().level()).isEqualTo("city");
        assertThat(report.issuer().department()).isEqualTo("supply_marketing_coop");
    }

    @Test
    void roadTrafficSafetyIsASpecialTopic() {
        Report report = Fixtures.reports("""
                关于2024年道路交通安全工作的总结
                一、工作开展情况
                全年查处交通违法行为XX起。
                二、存在的问题
                农村道路隐患点多。
                """).get(0);
        assertThat(report.kind()).isEqualTo("special_topic_summary");
    }
}
