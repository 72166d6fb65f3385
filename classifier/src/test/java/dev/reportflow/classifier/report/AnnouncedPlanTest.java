package dev.reportflow.classifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.text.TextLines;
import org.junit.jupiter.api.Test;

class AnnouncedPlanTest {

    private static boolean announces(String line) {
        return AnnouncedPlan.announces(TextLines.of(line).foldedTrimmed(0));
    }

    /** more4-020 line 3 (a union office's plan, traditional characters): what follows is the year's plan. */
    @Test
    void anOpeningThatWillDoTheFollowingWorkAnnouncesAPlan() {
        assertThat(announces("自《集團公司董事會工作報告》下發(fā)后,工會辦按照董事會工作報告的的要求統(tǒng)一部署,切實貫徹好會議精神,結合工會辦今年以建設“創(chuàng)新型、服務"
                + "型、實效型工會”為目標,為動車開通后助推企業(yè)轉型升級、實現(xiàn)穩(wěn)中求進中發(fā)揮工會的作用。結合本部室的實際工作,本年度將扎實做好以下工作:")).isTrue();
    }

    /** dept-002, inst-013, more-002 (dev): a summary's 现将…如下 and 作了以下 announce what was done. */
    @Test
    void aSummarysHereIsAndWorkDoneAnnounceNoPlan() {
        assertThat(announces("强化统计服务,夯实基层基础工作,统计工作又上新台阶。现将2020年我局工作总结如下:")).isFalse();
        assertThat(announces("努力做好各项工作任务,取得了较大成效。现将我馆2022年开展的各项工作汇报如下:")).isFalse();
        assertThat(announces("提高了妇女、儿童的健康素质,我院作了以下具体工作:")).isFalse();
    }

    /** base-029 line 16, above the plan part whose heading the report left out: the clause names the plan. */
    @Test
    void aParagraphEndingInThePlansNameAnnouncesIt() {
        assertThat(announces("一年来村委会取得的成绩虽得到了上级党委政府的肯定和群众的认可,但也存在很多不足,为了让村民过上更好的生活,特制定了2022年村委工作计划如下:")).isTrue();
    }

    /** dept-029: an opening that names what was done and the plan announces the summary first. */
    @Test
    void aClauseNamingBothPartsAnnouncesNoPlan() {
        assertThat(announces("现将2022年教育工作进展情况及2023年工作安排汇报如下:")).isFalse();
    }

    /** The announcing clause must end the opening: a 将 earlier in the paragraph says nothing of the parts. */
    @Test
    void onlyTheClauseThatEndsTheOpeningCounts() {
        assertThat(announces("本年度將扎實做好以下工作。")).isFalse();
    }
}
