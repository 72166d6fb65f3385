package dev.reportflow.classifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening lines quoted from dev documents of the corpus (the file named on each test). */
class OpeningYearsTest {

    private static final ReportKind NO_YEAR = new ReportKind("summary", List.of(), Evidence.of("kind.title", 1, "kind summary"));

    /** base-028: a half-year report titled 社区上半年工作鉴定. */
    @Test
    void aParagraphOpeningWithAYearGivesIt() {
        ReportKind kind = OpeningYears.correct(NO_YEAR, List.of("社区上半年工作鉴定",
                "2010年上半年,天运社区党支部、居委会坚持以邓小平理论、“三个代表”为重要思想、党的十七大、十七届三、四中全会精神为指导,"));
        assertThat(kind.years()).containsExactly(2010);
        assertThat(kind.kind()).isEqualTo("summary");
        assertThat(kind.evidence().terms()).containsKey("opening-year");
    }

    /** base-024: no title; the opening sentence announces the report. */
    @Test
    void theSentenceAnnouncingTheReportGivesItsYear() {
        assertThat(OpeningYears.read(List.of("在南湖街道的领导下,我社区居委会调动居民各方面积极性,以加强社区建设为中心,"
                + "认真开展社区服务工作,顺利完成了一系列的工作指标,现将2024年度工作情况汇报如下:"))).containsExactly(2024);
    }

    /** dept-022: a review paragraph, then the next year's intentions. */
    @Test
    void aParagraphForTheNextYearAddsIt() {
        assertThat(OpeningYears.read(List.of(
                "2023年,在市局、县委、县政府的精心领导下,我分局坚持以习近平新时代中国特色社会主义思想为指导,",
                "2024年,我分局将继续秉持绿色发展理念,以生态文明建设为己任,"))).containsExactly(2023, 2024);
    }

    /** more-016: a one-line page, the title written twice and run into the text, whose years are masked. */
    @Test
    void aTitleRunIntoTheFirstLineGivesItsYear() {
        assertThat(OpeningYears.read(List.of("区信访局2022年上半年工作开展情况和下半年工作打算区信访局2022年上半年工作开展情况和下半年工作打算"
                + " xxxx年上半年,在区委区政府和上级信访部门的正确领导下,xx区信访局认真贯彻有关工作"))).containsExactly(2022);
    }

    /** dept-022: no title, no heading; the second paragraph, opening with the next year, is the plan. */
    @Test
    void aParagraphForTheNextYearMakesAnUntitledSummaryASummaryAndPlan() {
        ReportKind byRoles = new ReportKind("summary", List.of(), Evidence.of("kind.section-roles", 1, "kind summary"));
        ReportKind kind = OpeningYears.correct(byRoles, List.of(
                "2023年,在市局、县委、县政府的精心领导下,我分局坚持以习近平新时代中国特色社会主义思想为指导,",
                "2024年,我分局将继续秉持绿色发展理念,以生态文明建设为己任,"));
        assertThat(kind.kind()).isEqualTo("summary_and_plan");
        assertThat(kind.years()).containsExactly(2023, 2024);
        assertThat(kind.evidence().rule()).isEqualTo("kind.next-year-paragraph");
        assertThat(OpeningYears.correct(NO_YEAR, List.of("2023年,在市局、县委、县政府的精心领导下,",
                "2024年,我分局将继续秉持绿色发展理念,")).kind()).as("a title's kind stays").isEqualTo("summary");
    }

    /** more-011: a year inside a cited notice's name is not the report's; the first section's opening line is. */
    @Test
    void aYearInsideASentenceIsNotTakenButTheFirstSectionsOpeningIs() {
        String notice = "根据市政府办公厅《关于认真做好2023年度市政府绩效管理年终考评工作的通知》要求,我们重点对照日常履职清单逐项梳理年度任务完成情况。";
        assertThat(OpeningYears.read(List.of(notice))).isEmpty();
        assertThat(OpeningYears.read(List.of(notice, "2023年,市卫生健康委以习近平新时代中国特色社会主义思想为指导,")))
                .containsExactly(2023);
    }

    @Test
    void aReportWithYearsOfItsOwnKeepsThem() {
        ReportKind titled = new ReportKind("summary", List.of(2022), Evidence.of("kind.title", 1, "kind summary"));
        assertThat(OpeningYears.correct(titled, List.of("2010年上半年,天运社区党支部"))).isSameAs(titled);
    }
}
