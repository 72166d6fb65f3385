package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Genre rules that show only through the whole classifier: the kind of report shapes its sections' roles. */
class GenreRulesTest {

    @Test
    void aPlanOnlyReportsSectionsArePlans() {
        Report report = Fixtures.classifyText("""
                区农业农村局2026年工作要点

                2026年全区农业农村工作的总体要求是：稳字当头，守牢底线。
                一、发展目标
                粮食播种面积稳定在XX万亩，农村居民人均可支配收入增长6%以上。
                二、重点工作
                （一）抓好粮食生产。
                （二）推进和美乡村建设。
                三、面临的突出问题
                农业基础设施薄弱。
                四、组织保障
                各科室要明确责任分工。
                """).reports().get(0);
        assertThat(report.kind()).isEqualTo("plan");
        assertThat(report.sections()).extracting(Section::role)
                .containsExactly(Role.PLAN, Role.PLAN, Role.PROBLEMS, Role.PLAN);
    }

    @Test
    void aHeadingSharingItsLineWithBodyKeepsTheReviewsCourse() {
        Report report = Fixtures.classifyText("""
                县市场监管局2024年工作总结和2025年工作计划

                一、优化准入服务，经营主体活力持续增强。全年新登记经营主体XXXX户，同比增长X%。
                二、守牢安全底线，食品安全形势总体平稳。完成食品抽检XXXX批次，处置不合格食品XX批次。
                三、加强执法办案，市场秩序形势不断向好。查办各类案件XXX件，罚没款XXX万元。
                四、存在的问题。基层监管力量不足，智慧监管水平不高。
                五、2025年工作计划。2025年，我局将重点抓好以下工作：
                （一）深化登记注册便利化改革。
                （二）强化食品安全全链条监管。
                """).reports().get(0);
        assertThat(report.sections()).extracting(Section::role)
                .containsExactly(Role.REVIEW, Role.REVIEW, Role.REVIEW, Role.PROBLEMS, Role.PLAN);
    }

    /** A notice about summaries (…会议的通知) is another kind of document, however report-like its outline. */
    @Test
    void aNoticeAboutReportsIsNoReport() {
        assertThat(Fixtures.classifyText("""
                关于报送2024年度工作总结和2025年工作计划的通知

                各镇人民政府、街道办事处，区直各单位：
                为做好年度考核工作，现就报送有关材料通知如下：
                一、报送内容
                2024年工作总结和2025年工作计划。
                二、报送时间
                2025年1月10日前。
                三、有关要求
                材料须经主要负责同志审定。

                XX区人民政府办公室
                2024年12月25日
                """).reports()).isEmpty();
    }

    @Test
    void anEnumerationOfQuartersIsNoSection() {
        Report report = Fixtures.classifyText("""
                市发展改革委2024年工作总结和2025年工作计划

                一、2024年工作完成情况
                （一）项目建设提速。全年完成固定资产投资XX亿元。
                三、四季度，针对投资增速放缓，我委开展项目攻坚行动，新开工项目XX个。
                （二）价格运行平稳。
                二、存在的问题
                项目储备不足。
                三、2025年工作计划
                加快重大项目建设。
                """).reports().get(0);
        assertThat(report.sections()).extracting(Section::line).containsExactly(3, 7, 9);
        assertThat(report.sections()).extracting(Section::role).isEqualTo(List.of(Role.REVIEW, Role.PROBLEMS, Role.PLAN));
    }
}
