package dev.reportflow.documents.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.documents.layout.PagedText.Fragment;
import dev.reportflow.documents.layout.PagedText.Line;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagedTextTest {

    /** A page 30 glyphs wide (glyphs 10 units wide, margin at 300). */
    private static final double GLYPH = 10;
    private static final double MARGIN = 300;

    /** A line as laid out: full lines end at the margin, others where their text ends. */
    private static Line line(String text) {
        return new Line(text, 0, Math.min(MARGIN, text.length() * GLYPH), GLYPH);
    }

    private static Line centred(String text) {
        double width = text.length() * GLYPH;
        return new Line(text, (MARGIN - width) / 2, (MARGIN + width) / 2, GLYPH);
    }

    private static List<Line> page(Line... lines) {
        return List.of(lines);
    }

    @Test
    void joinsALineThatRunsToTheMarginWithoutEndingASentence() {
        String text = PagedText.join(List.of(page(
                line("2024年，县应急管理局坚持安全发展理念，扎实推进各项工作，全年未发生较大"),
                line("以上生产安全事故。"),
                line("一、2024年工作开展情况"))));

        assertThat(text.split("\n")).containsExactly(
                "2024年，县应急管理局坚持安全发展理念，扎实推进各项工作，全年未发生较大以上生产安全事故。",
                "一、2024年工作开展情况");
    }

    @Test
    void keepsLinesApartThatEndASentenceOrWhoseNextStartsAHeading() {
        String full = "完成审计项目十二个，查出问题金额三千万元，移送案件线索五件，提出建议十";
        assertThat(full.length()).isEqualTo(35);

        assertThat(PagedText.join(List.of(page(line(full.substring(0, 29) + "。"), line("二、存在的问题")))).split("\n"))
                .hasSize(2);
        assertThat(PagedText.join(List.of(page(line(full), line("（一）人员不足")))).split("\n")).hasSize(2);
        assertThat(PagedText.join(List.of(page(line(full), line("1.强化管理")))).split("\n")).hasSize(2);
        assertThat(PagedText.join(List.of(page(line(full), line("第二部分 工作计划")))).split("\n")).hasSize(2);
        // "3.5亿元" starts with a number but continues the sentence: the outline parser's weak numbering.
        assertThat(PagedText.join(List.of(page(line(full), line("3.5亿元。")))).split("\n")).hasSize(1);
    }

    @Test
    void aShortLineEndsItsParagraphEvenWithoutPunctuation() {
        String text = PagedText.join(List.of(page(
                centred("县应急管理局2024年工作总结"),
                line("2024年，县应急管理局坚持安全发展理念。"))));

        assertThat(text.split("\n")).containsExactly("县应急管理局2024年工作总结", "2024年，县应急管理局坚持安全发展理念。");
    }

    @Test
    void dropsRecurringHeadersAndPageNumbersAndJoinsAcrossThePageBreak() {
        List<List<Line>> pages = new ArrayList<>();
        pages.add(page(centred("县应急管理局文件"), centred("县应急管理局2024年工作总结"),
                line("一、工作开展情况"), line("全年组织应急演练十二次，开展危险化学品、消防安全、建筑施工等重点行业"),
                centred("第 1 页 共 3 页")));
        pages.add(page(centred("县应急管理局文件"), line("领域排查整治。"), line("二、存在的问题"),
                line("基层应急力量薄弱。"), centred("第 2 页 共 3 页")));
        pages.add(page(centred("县应急管理局文件"), line("三、2025年工作计划"), line("提升应急救援能力。"), centred("- 3 -")));

        assertThat(PagedText.join(pages).split("\n")).containsExactly(
                "县应急管理局2024年工作总结",
                "一、工作开展情况",
                "全年组织应急演练十二次，开展危险化学品、消防安全、建筑施工等重点行业领域排查整治。",
                "二、存在的问题",
                "基层应急力量薄弱。",
                "三、2025年工作计划",
                "提升应急救援能力。");
    }

    @Test
    void keepsALineThatOnlyOnePageHasAtItsTop() {
        List<List<Line>> pages = List.of(
                page(centred("县应急管理局2024年工作总结"), line("一、工作开展情况"), line("内容一。")),
                page(line("二、存在的问题"), line("内容二。")),
                page(line("三、工作计划"), line("内容三。")));

        assertThat(PagedText.join(pages)).startsWith("县应急管理局2024年工作总结\n一、工作开展情况");
    }

    @Test
    void removesSpacesThatExtractionPutBetweenChineseCharacters() {
        assertThat(PagedText.tidy("县 应 急 管 理 局  2024 年")).isEqualTo("县应急管理局2024年");
        assertThat(PagedText.tidy("Apache  Kafka 集群")).isEqualTo("Apache Kafka集群");
        assertThat(PagedText.tidy("\u00A0一、工作\u3000")).isEqualTo("一、工作");
    }

    @Test
    void joinsWrappedLatinWordsWithASpace() {
        String text = PagedText.join(List.of(page(
                new Line("the pipeline routes every section to the", 0, MARGIN, GLYPH),
                line("departments it concerns."))));

        assertThat(text).isEqualTo("the pipeline routes every section to the departments it concerns.");
    }

    @Test
    void groupsFragmentsIntoLinesByBaselineAndReadsThemLeftToRight() {
        List<Line> lines = PagedText.lines(List.of(
                new Fragment("作", 20, 100.4, 30, 10),
                new Fragment("工", 10, 100, 20, 10),
                new Fragment("页眉", 0, 20, 10, 5),
                new Fragment("总结", 30, 99.8, 50, 10),
                new Fragment("正文", 0, 130, 20, 10)));

        assertThat(lines).extracting(Line::text).containsExactly("页眉", "工作总结", "正文");
        assertThat(lines.get(1).left()).isEqualTo(10);
        assertThat(lines.get(1).right()).isEqualTo(50);
    }

    @Test
    void endsSentencesAtChinesePunctuationBeforeClosingMarks() {
        assertThat(PagedText.endsSentence("他说：“完成了。”")).isTrue();
        assertThat(PagedText.endsSentence("主要措施：")).isTrue();
        assertThat(PagedText.endsSentence("开展危险化学品、消防安全")).isFalse();
    }
}
