package dev.reportflow.classifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reports to a congress, on lines quoted from the real corpus (corpus/documents, dev split). */
class CongressReportTest {

    private static final ReportKind SUMMARY = new ReportKind("summary", List.of(2022), Evidence.of("kind.title", 1, ""));

    @Test
    void aGovernmentWorkReportTitleIsASummaryAndPlanOfTheReviewedYearAndTheNext() {
        // corpus/documents/gov-014.txt: title line 3, first section line 7
        CongressReport c = CongressReport.read("某市政府工作报告", true, List.of("某市政府工作报告", "各位代表:"));
        assertThat(c.byGovernment()).isTrue();
        ReportKind k = c.correct(SUMMARY, "某市政府工作报告", List.of(Role.REVIEW), List.of("一、2021年工作回顾"), List.of());
        assertThat(k.kind()).isEqualTo("summary_and_plan");
        assertThat(k.years()).containsExactly(2021, 2022);
        assertThat(k.evidence().rule()).isEqualTo("kind.government-work-report");
    }

    @Test
    void aLetterSpacedTitleStillNamesTheGenre() {
        // corpus/documents/gov-022.txt line 5
        assertThat(CongressReport.read("政 府 工 作 报 告PZl", false, List.of()).byGovernment()).isTrue();
    }

    @Test
    void theTitleYearIsThePlannedYearWhenNoHeadingNamesOne() {
        // corpus/documents/gov-013.txt: the title names the year the report is delivered in and plans
        assertThat(CongressReport.governmentYears(List.of(2023), List.of(Role.REVIEW), List.of("过去五年工作回顾"), List.of()))
                .containsExactly(2022, 2023);
    }

    @Test
    void theLastYearOfAReviewHeadingIsTheReviewedYear() {
        // corpus/documents/gov-004.txt line 14; gov-022.txt line 12
        assertThat(CongressReport.governmentYears(List.of(), List.of(Role.REVIEW),
                List.of("一、“九五”时期和2000年工作的回顾与总结"), List.of())).containsExactly(2000, 2001);
        assertThat(CongressReport.governmentYears(List.of(2020), List.of(Role.REVIEW),
                List.of("2019年和今年以来工作回顾PZl"), List.of())).containsExactly(2019, 2020);
    }

    @Test
    void aPlanHeadingNamesTheYearAfterTheReviewedOne() {
        // corpus/documents/gov-005.txt line 9 (the page starts at section 二)
        assertThat(CongressReport.governmentYears(List.of(), List.of(Role.PLAN),
                List.of("二、2025年工作总体要求和重点任务"), List.of())).containsExactly(2024, 2025);
    }

    @Test
    void theSessionDateDecidesWhenNothingElseNamesAYear() {
        // corpus/documents/gov-015.txt lines 6-8: a March session reviews the year before
        List<String> opening = List.of("2025年3月21日在汉滨区第十九届", "人民代表大会第四次会议上", "汉滨区人民政府代区长 向诗兵");
        assertThat(CongressReport.read("", false, opening)).isEqualTo(new CongressReport(true, true));
        assertThat(CongressReport.governmentYears(List.of(), List.of(Role.REVIEW), List.of("一、过去一年工作回顾"), opening))
                .containsExactly(2024, 2025);
        // a session late in the year reviews its own year
        assertThat(CongressReport.governmentYears(List.of(), List.of(), List.of(), List.of("——2022年12月21日在延庆区人民代表大会上")))
                .containsExactly(2022, 2023);
    }

    @Test
    void maskedYearsStayUnknown() {
        // corpus/documents/gov-025.txt: 20XX年工作回顾
        List<String> opening = List.of("各位代表:", "现在,我代表上杭县人民政府,向大会报告政府工作,请予审议,并请县政协委员提出意见。");
        CongressReport c = CongressReport.read("", false, opening);
        assertThat(c).isEqualTo(new CongressReport(true, true));
        ReportKind k = c.correct(new ReportKind("summary", List.of(), Evidence.of("kind.section-roles", 1, "")), "",
                List.of(Role.REVIEW), List.of("20XX年工作回顾"), opening);
        assertThat(k.kind()).isEqualTo("summary_and_plan");
        assertThat(k.years()).isEmpty();
    }

    @Test
    void aSitesSpeechHeadingDoesNotHideTheSpeakersOwnWords() {
        // corpus/documents/neg-020.txt lines 7-11 (folded to simplified characters)
        CongressReport c = CongressReport.read("区政府工作会议的讲话", false,
                List.of("区政府工作会议的讲话", "各位代表:", "现在,我代表区人民政府向大会报告工作,请予审议,并请各位政协委员和其他列席人员提出意"));
        assertThat(c).isEqualTo(new CongressReport(true, true));
    }

    @Test
    void aMassOrganisationsCongressReportIsASummaryAndPlanWithoutGuessedYears() {
        // corpus/documents/inst-023.txt lines 1-2
        CongressReport c = CongressReport.read("", false,
                List.of("各位代表、同志们、姐妹们:", "我受**市妇联第四届执行委员会的委托,向大会作工作报告,请予审议。"));
        assertThat(c).isEqualTo(new CongressReport(true, false));
        ReportKind k = c.correct(new ReportKind("summary", List.of(), Evidence.of("kind.section-roles", 1, "")), "",
                List.of(Role.REVIEW), List.of("一、过去五年妇女工作回顾"), List.of());
        assertThat(k.kind()).isEqualTo("summary_and_plan");
        assertThat(k.years()).isEmpty();
    }

    @Test
    void aTitleNamingAnotherReportDecidesAgainstTheOpening() {
        // corpus/documents/base-023.txt lines 11-15: a town government's special report to its congress
        CongressReport c = CongressReport.read("乡镇为民办十件实事工作报告", true,
                List.of("各位代表、同志们:", "我代表镇人民政府,向大会作《××年××镇为民办十件实事工作报告》。"));
        assertThat(c).isEqualTo(CongressReport.NONE);
        assertThat(c.correct(SUMMARY, "", List.of(), List.of(), List.of())).isSameAs(SUMMARY);
    }

    @Test
    void aSpecialTopicReportToTheCongressKeepsItsKind() {
        ReportKind topic = new ReportKind("special_topic_summary", List.of(2023), Evidence.of("kind.title", 1, ""));
        assertThat(new CongressReport(true, true).correct(topic, "", List.of(), List.of(), List.of())).isSameAs(topic);
    }

    @Test
    void aSchoolReportThatOnlyAddressesTheDelegatesIsNoCongressReport() {
        // corpus/documents/inst-028.txt line 3: 各位代表 but no report to the congress
        assertThat(CongressReport.read("", false,
                List.of("各位代表,成绩的取得离不开全校师生的共同努力,在此,我代表学校向一年来为学校工作默默奉献的各位代表并通过你们向全体教师表")))
                .isEqualTo(CongressReport.NONE);
    }

    @Test
    void aTitleRunIntoTheOpeningLineGivesThePlannedYear() {
        // corpus/documents/gov-013.txt line 1: the whole page is one line
        List<String> opening = List.of("2023X市政府工作报告各位代表:现在,我代表市人民政府,向大会报告工作,请予审议,X市政协委员提出意见。"
                + "2022年工作回顾2022年极为不易");
        assertThat(CongressReport.read("", false, opening)).isEqualTo(new CongressReport(true, true));
        assertThat(CongressReport.governmentYears(List.of(), List.of(), List.of(), opening)).containsExactly(2022, 2023);
    }
}
