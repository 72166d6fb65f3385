package dev.reportflow.classifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Openings that name a summary and a plan, quoted from the real corpus (corpus/documents, dev split). */
class BothPartsNamedTest {

    private static ReportKind summary(Integer... years) {
        return new ReportKind("summary", List.of(years), Evidence.of("kind.section-roles", 1, ""));
    }

    @Test
    void aTitleRunIntoTheFirstLineNamesBothParts() {
        // corpus/documents/dept-016.txt line 2; the 通知 it answers is passed over
        ReportKind k = BothPartsNamed.correct(summary(2023), List.of("县交通运输局2023年工作总结和2024年工作计划县人民政府:按照XX县人民政府"
                + "办公室《关于报送2023年工作总结和2024年工作计划的通知》(〔2023-103〕)文件要求,结合我局工作实际"));
        assertThat(k.kind()).isEqualTo("summary_and_plan");
        assertThat(k.years()).containsExactly(2023, 2024);
        assertThat(k.evidence().rule()).isEqualTo("kind.opening-names-both-parts");
    }

    @Test
    void theSentenceThatAnnouncesTheTextNamesBothParts() {
        // corpus/documents/base-009.txt line 3: a half-year report plans the rest of the same year
        ReportKind k = BothPartsNamed.correct(summary(2022),
                List.of("下沙街道2022年半年度工作总结", "现将2022年上半年工作进度及下半年工作计划公布如下:"));
        assertThat(k.kind()).isEqualTo("summary_and_plan");
        assertThat(k.years()).containsExactly(2022);
    }

    @Test
    void thePlanYearOfAPagesLeadInJoinsTheReviewYear() {
        // corpus/documents/base-012.txt line 1 over section 一、2022年亮点工作
        ReportKind k = BothPartsNamed.correct(summary(2022), List.of("下面是小编为大家整理的街道工作总结及2023年工作思路,供大家参考。"));
        assertThat(k.years()).containsExactly(2022, 2023);
    }

    @Test
    void onlyTheNameOfTheRequestingNoticeIsNoSecondPart() {
        ReportKind asked = summary(2023);
        assertThat(BothPartsNamed.correct(asked, List.of("根据《关于报送2023年工作总结和2024年工作计划的通知》要求,现将我局2023年工作总结如下:")))
                .isSameAs(asked);
        assertThat(BothPartsNamed.correct(asked, List.of("按照关于做好2023年工作总结和2024年工作计划的通知要求,现将有关情况报告如下:")))
                .isSameAs(asked);
    }

    @Test
    void aSummaryWithoutAPlanStaysOne() {
        // corpus/documents/base-024.txt: a residents' committee's annual report
        ReportKind k = summary(2024);
        assertThat(BothPartsNamed.correct(k, List.of("现将我社区居委会2024年工作情况汇报如下:"))).isSameAs(k);
    }

    @Test
    void aTitleCutByAHardLineBreakReadsWhole() {
        // corpus/documents/inst-011.txt lines 6-7
        ReportKind k = BothPartsNamed.correct(new ReportKind("summary", List.of(2023, 2024), Evidence.of("kind.title", 1, "")),
                List.of("县卫健委 2023 年度工作总结及 2024 年工作", "计划", "今年以来,在县委、县政府的正确领导下,县卫健委坚持"));
        assertThat(k.kind()).isEqualTo("summary_and_plan");
        assertThat(k.years()).containsExactly(2023, 2024);
    }
}
