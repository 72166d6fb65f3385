package dev.reportflow.classifier.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.Folding;
import dev.reportflow.classifier.text.TextLines;
import org.junit.jupiter.api.Test;

class ReportSplitterTest {

    private static final Rules RULES = Rules.bundled();
    private static final ReportSplitter SPLITTER = new ReportSplitter(RULES);

    @Test
    void tableOfContentsWithPageNumbersIsPreamble() {
        TextLines lines = TextLines.of("""
                2023年度工作总结和2024年度工作计划汇编（2篇）
                目录
                区审计局2023年工作总结和2024年工作计划\t1
                2023年工作总结暨2024年工作计划

                区审计局2023年工作总结和2024年工作计划
                一、2023年工作开展情况
                正文。


                2023年工作总结暨2024年工作计划
                2023年以来，颍东分局持续加强党的建设。
                一、主要工作
                正文。
                【哒哒素材库】——每天更新材料
                ##paidend##
                """);
        TableOfContents toc = TableOfContents.read(lines, RULES);
        assertThat(toc.firstLine()).isEqualTo(1);
        assertThat(toc.lastLine()).isEqualTo(3);
        assertThat(SPLITTER.split(lines)).containsExactly(new ReportSpan(5, 5, 7), new ReportSpan(10, 10, 13));
    }

    @Test
    void aWeakTitleInsideAReportIsAHeadingNotAReport() {
        TextLines lines = TextLines.of("""
                XX乡2023年工作总结及2024年工作计划
                一、凝聚共建力量
                2024年工作计划
                一是坚持党建统领。
                """);
        assertThat(SPLITTER.split(lines)).containsExactly(new ReportSpan(0, 0, 3));
    }

    @Test
    void aTitleRepeatedOverTheSameBodyIsOneReport() {
        TextLines lines = TextLines.of("""
                市经信局2023年工作总结和2024年工作计划
                今年以来，市经信局认真学习。
                一、2023年工作开展情况
                市经信局2023年工作总结和2024年工作计划
                今年以来，市经信局认真学习。
                一、2023年工作开展情况
                """);
        assertThat(SPLITTER.split(lines)).hasSize(1);
    }

    private static final String TWO_REPORTS = """
            XX区2024年工作总结汇编
            目录
            区民政局2024年工作总结和2025年工作计划
            区城管局2024年工作总结和2025年工作计划

            区民政局2024年工作总结和2025年工作计划
            一、2024年工作总结
            正文。
            二、2025年工作计划
            正文。

            区城管局2024年工作总结和2025年工作计划
            一、2024年工作总结
            正文。
            二、2025年工作计划
            1.推进垃圾分类。
            2.整治背街小巷。
            """;

    /** The last report of a compilation ends before the compilation's closing note. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "（以上材料由区政府办公室汇编整理，仅供参阅）",
            "【编者按】本期收录各部门年度总结两篇。",
            "以上内容仅供内部交流，不得翻印。",
    })
    void aCompilationsClosingNoteIsNoPartOfItsLastReport(String note) {
        TextLines lines = TextLines.of(TWO_REPORTS + "\n\n" + note + "\n");
        assertThat(SPLITTER.split(lines)).last().isEqualTo(new ReportSpan(11, 11, 16));
    }

    @Test
    void aParagraphAfterTheLastSignatureDateIsNoPartOfTheReport() {
        TextLines lines = TextLines.of(TWO_REPORTS + "\nXX区城市管理局\n2025年1月3日\n\n本书编印过程中得到各部门大力支持，在此一并致谢。\n");
        assertThat(SPLITTER.split(lines)).last().isEqualTo(new ReportSpan(11, 11, 19));
    }

    /** Conservative: a signature, a numbered item or a plain paragraph after a blank line stays with the report. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "XX区城市管理局\n2025年1月3日",
            "3.加强执法队伍建设。",
            "全局上下将以更加饱满的热情投入新一年的工作。",
            "XX区城市管理局\n2025年1月3日\n\n抄送：区委办公室，区政府办公室。",
    })
    void whatMayContinueTheReportStaysInIt(String tail) {
        TextLines lines = TextLines.of(TWO_REPORTS + "\n" + tail + "\n");
        assertThat(SPLITTER.split(lines)).last().extracting(ReportSpan::end).isEqualTo(lines.size() - 2); // the text ends with a line break
    }

    @Test
    void aSingleReportKeepsItsLastParagraph() {
        TextLines lines = TextLines.of("""
                区城管局2024年工作总结和2025年工作计划
                一、2024年工作总结
                正文。
                二、2025年工作计划
                正文。

                （此件公开发布）
                """);
        assertThat(SPLITTER.split(lines)).containsExactly(new ReportSpan(0, 0, 6));
    }

    @Test
    void titleShapes() {
        assertThat(TitleShape.of("区审计局2023年工作总结和2024年工作计划", RULES).strong()).isTrue();
        assertThat(TitleShape.of("2024年工作计划", RULES)).extracting(TitleShape::titleLike, TitleShape::strong)
                .containsExactly(true, false);
        assertThat(TitleShape.of(Folding.fold("三、2024 年度重点任务"), RULES).titleLike()).isFalse();
        assertThat(TitleShape.of(Folding.fold("现将2023年工作总结汇报如下："), RULES).titleLike()).isFalse();
        assertThat(TitleShape.years("2023年工作总结及2024 年度工作计划")).containsExactly(2023, 2024);
    }
}
