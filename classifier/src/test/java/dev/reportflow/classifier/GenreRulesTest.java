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

    /** A title naming only a summary over an outline with a plan section for a later year is a summary and plan. */
    @Test
    void aSummaryTitleWithAPlanSectionForTheNextYearIsSummaryAndPlan() {
        Report report = Fixtures.classifyText("""
                县档案馆2023年工作总结

                2023年，县档案馆围绕档案资源建设，较好完成了全年目标任务。
                一、主要工作
                （一）馆藏资源不断丰富。接收进馆档案XX卷。
                （二）数字化建设有序推进。完成馆藏档案数字化XX万页。
                二、存在的不足
                库房面积紧张，专业人员缺乏。
                三、2024年工作打算
                （一）启动新库房建设前期工作。
                （二）推进馆藏档案数字化扫描。
                """).reports().get(0);
        assertThat(report.kind()).isEqualTo("summary_and_plan");
        assertThat(report.years()).containsExactly(2023, 2024);
        assertThat(report.sections()).extracting(Section::role).containsExactly(Role.REVIEW, Role.PROBLEMS, Role.PLAN);
    }

    @Test
    void aSummaryTitleWhosePlanSectionSaysNextYearCoversTheNextYear() {
        Report report = Fixtures.classifyText("""
                区机关幼儿园2023年工作总结

                一、保教工作扎实开展
                开展园本教研活动XX次。
                二、明年工作思路
                将进一步改善办园条件。
                """).reports().get(0);
        assertThat(report.kind()).isEqualTo("summary_and_plan");
        assertThat(report.years()).containsExactly(2023, 2024);
    }

    /** Problems followed by next steps (存在问题及下一步打算) is a problems section: the title's summary stands. */
    @Test
    void aSummaryTitleWithoutAPlanSectionStaysASummary() {
        Report report = Fixtures.classifyText("""
                县档案馆2023年工作总结

                一、主要工作
                接收进馆档案XX卷。
                二、存在问题及下一步打算
                库房面积紧张，下一步将争取新建库房。
                """).reports().get(0);
        assertThat(report.kind()).isEqualTo("summary");
        assertThat(report.years()).containsExactly(2023);
    }

    /** 设想 is a plan word: in a title and in a heading. */
    @Test
    void aWorkOutlookIsAPlan() {
        Report report = Fixtures.classifyText("""
                2023年度工作总结及2024年工作设想

                一、2023年主要工作
                全年共完成各类项目XX个，较好地完成了年度目标任务。
                二、下一阶段工作设想
                我们将继续深化改革，着力补齐短板，推动各项工作再上新台阶。
                """).reports().get(0);
        assertThat(report.kind()).isEqualTo("summary_and_plan");
        assertThat(report.sections()).extracting(Section::role).containsExactly(Role.REVIEW, Role.PLAN);
    }
}
