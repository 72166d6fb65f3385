package dev.reportflow.classifier.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.Section;
import dev.reportflow.classifier.text.TextDecoder;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.TextLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings left mid-line by flattened web pages, on real lines of the corpus's dev documents. */
class RunOnHeadingsTest {

    private static final Path DOCUMENTS = Path.of("..", "corpus", "documents");

    @Test
    void fourHeadingsOnOneFlattenedLineEachStartALogicalLineOfThatPhysicalLine() throws IOException {
        TextLines lines = cut(TextLines.of(document("inst-022.txt")));

        List<String> onFirst = logicalLinesOf(lines, 0);
        assertThat(onFirst.subList(1, onFirst.size())).extracting(l -> l.substring(0, 2)).filteredOn(l -> !l.startsWith("("))
                .containsExactly("一、", "二、", "三、", "四、");
        assertThat(onFirst.get(0)).endsWith("。");
        assertThat(String.join("", onFirst)).isEqualTo(lines.physicalLines().get(0));
    }

    @Test
    void aHeadingAfterTheStopOfTheSentenceAboveStartsItsOwnLine() throws IOException {
        // more-014 lines 38-39: a PDF copy broke "…完成率达到" / "99.8%" / "。 (四)加强环卫各项工作,…" before the stop
        TextLines lines = cut(TextLines.of(document("more-014.txt")));

        List<String> line39 = logicalLinesOf(lines, 38);
        assertThat(line39).hasSize(2);
        assertThat(line39.get(0).strip()).isEqualTo("。");
        assertThat(line39.get(1)).startsWith("(四)加强环卫各项工作");
        assertThat(RunOnHeadings.headingAfterStrayStop("。一是日收运")).isEqualTo(-1);
        assertThat(RunOnHeadings.headingAfterStrayStop("。2020年")).isEqualTo(-1);
    }

    @Test
    void aShorterLineIsCutWhereTheFirstPartFollowsTheSpeakersFormula() throws IOException {
        // gov-006 line 3: a journal abstract of 172 characters, shorter than a flattened page's line
        TextLines lines = cut(TextLines.of(document("gov-006.txt")));

        List<String> third = logicalLinesOf(lines, 2);
        assertThat(third).hasSize(2);
        assertThat(third.get(0)).endsWith("并请各位政协委员提出意见。");
        assertThat(third.get(1)).startsWith("一、2021年工作回顾");
    }

    @Test
    void theArabicHeadingsOfAPartWithoutAParenthesisedLevelAreCutAsItsOwnWouldBe() throws IOException {
        // more-010 line 3 (a flattened page): "…取得了良好的成效。一、科普服务职能稳步提升1、巩固创建成果,落实工作职责。
        // 去年10月,…2、争取经费保障,确保工作运转。…3、加强基地建设,实施惠农项目。…"
        List<String> parts = logicalLinesOf(cut(TextLines.of(document("more-010.txt"))), 2);
        assertThat(parts).filteredOn(l -> !l.startsWith("一、") && l.matches("^[0-9]、.*"))
                .extracting(l -> l.substring(0, l.indexOf('。') + 1))
                .containsExactly("1、巩固创建成果,落实工作职责。", "2、争取经费保障,确保工作运转。", "3、加强基地建设,实施惠农项目。");
        assertThat(parts).anySatisfy(l -> assertThat(l).isEqualTo("一、科普服务职能稳步提升"));
    }

    @Test
    void anUnnumberedFirstPartHeadingRunInAfterTheSpeakersFormulaIsALineOfItsOwn() throws IOException {
        // gov-013 line 1: "…向大会报告工作,请予审议,X市政协委员提出意见。2022年工作回顾2022年极为不易,…" (no space at all)
        List<String> first = logicalLinesOf(cut(TextLines.of(document("gov-013.txt"))), 0);
        assertThat(first.get(0)).endsWith("X市政协委员提出意见。");
        assertThat(first.get(1)).isEqualTo("2022年工作回顾");
        assertThat(first.get(2)).startsWith("2022年极为不易");
        // neg-033 line 22: "…并请列席大会的人员提出意见。  过去五年的工作回顾  20xx年以来,…" (set off by spaces)
        List<String> page = logicalLinesOf(cut(TextLines.of(document("neg-033.txt"))), 21);
        assertThat(page).contains("过去五年的工作回顾");
    }

    @Test
    void aShortLineWithAnEnumerationAfterAnOrdinarySentenceIsLeftWhole() {
        String line = "我们抓了三件事,办成了一批实事,群众满意度持续提升,各项工作取得了新的进展,得到了上级的充分肯定和群众的广泛好评。"
                + "一、抓项目建设,全年完成投资5亿元,新开工项目12个,竣工项目8个。二、抓民生保障,发放各类补贴300万元。";
        assertThat(cut(TextLines.of(line)).size()).isEqualTo(1);
    }

    @Test
    void aHeadingAfterTheOpeningSentenceOrAfterSummarisedAsFollowsIsCut() throws IOException {
        TextLines lines = cut(TextLines.of(document("inst-010.txt")));

        List<String> third = logicalLinesOf(lines, 2);
        assertThat(third).hasSize(3);
        assertThat(third.get(0)).endsWith("现将上半年工作总结如下:");
        assertThat(third.get(1)).startsWith("一、项目建设进展情况");
        assertThat(third.get(2)).startsWith("二、加快推进社区卫生服务工作");
    }

    @Test
    void theFirstHeadingMayFollowTheTitleAtOnce() throws IOException {
        TextLines lines = cut(TextLines.of(document("neg-027.txt")));

        List<String> first = logicalLinesOf(lines, 0);
        assertThat(first.get(0)).endsWith("区园林管理局工作总结报告");
        assertThat(first.get(1)).startsWith("一、2023年完成的主要工作");
    }

    @Test
    void theSecondLevelOfAFlattenedPageIsCutAfterTheEndOfASentence() throws IOException {
        // neg-027 line 1: "…工作总结报告一、2023年完成的主要工作(一)抓好园林绿化工作。1、认真做好…。(二)高效率完成…"
        TextLines lines = cut(TextLines.of(document("neg-027.txt")));

        List<String> first = logicalLinesOf(lines, 0);
        assertThat(first).hasSize(6);
        assertThat(first.get(1)).isEqualTo("一、2023年完成的主要工作");
        assertThat(first.get(2)).startsWith("(一)抓好园林绿化工作。1、认真做好区管绿化的日常管养工作。");
        assertThat(first.get(3)).startsWith("(二)高效率完成今年“义务植树〞活开工作。");
        assertThat(first.get(4)).startsWith("(三)积极完成为民办实事工作任务。");
        assertThat(first.get(5)).startsWith("(四)开展征地工作。");
    }

    @Test
    void aFirstSecondLevelHeadingMayFollowTheWordsOfItsPartHeadingAtOnce() throws IOException {
        // dept-016 line 2: "…作如下报告:一、2023年工作总结(一)自治区级“四好农村路”示范县创建情况我局已于…"
        TextLines lines = cut(TextLines.of(document("dept-016.txt")));

        List<String> second = logicalLinesOf(lines, 1);
        assertThat(second).anySatisfy(l -> assertThat(l).isEqualTo("一、2023年工作总结"));
        assertThat(second).anySatisfy(l -> assertThat(l).startsWith("(一)自治区级“四好农村路”示范县创建情况我局已于"));
        assertThat(second).anySatisfy(l -> assertThat(l).startsWith("(二)紧盯关键时间节点,抓好征拆工作"));
    }

    @Test
    void aSecondLevelNumberInsideASentenceIsNotCut() throws IOException {
        // dept-027 line 3: "…同比分别增长22.4%、25.92%o(二)坚持以文化人…": the page lost the stop before (二)
        TextLines lines = cut(TextLines.of(document("dept-027.txt")));

        assertThat(logicalLinesOf(lines, 2)).noneSatisfy(l -> assertThat(l).startsWith("(二)"));
    }

    @Test
    void theClassifierReportsEachHeadingAtItsPhysicalLine() throws IOException {
        Report report = Classifier.standard().classify(document("inst-022.txt")).reports().get(0);

        assertThat(report.sections()).extracting(Section::line).containsExactly(1, 1, 1, 1);
        assertThat(report.sections()).extracting(s -> s.heading().substring(0, 2))
                .containsExactly("一、", "二、", "三、", "四、");
    }

    @Test
    void anEnumerationInsideASentenceIsNotCut() {
        String body = "为民办实事。".repeat(40);
        String text = "一、2023年工作回顾\n" + body + "存在的问题主要有:一、经济结构单一;二、项目少;三、后劲不足。" + body + "\n";

        TextLines lines = cut(TextLines.of(text));

        assertThat(lines.size()).isEqualTo(3);
        assertThat(lines.physicalLines()).hasSize(3);
    }

    @Test
    void aSecondHeadingWithoutAFirstIsNotCutAndShortLinesAreLeftAlone() {
        String longLine = "全年工作稳中有进。".repeat(30) + "二、存在的问题" + "问题不少。".repeat(10);
        String shortLine = "全年工作稳中有进。一、成绩二、问题";

        assertThat(cut(TextLines.of(longLine)).size()).isEqualTo(1);
        assertThat(cut(TextLines.of(shortLine)).size()).isEqualTo(1);
    }

    @Test
    void anOrdinaryTextKeepsItsLinesAndTheirNumbers() {
        TextLines cut = cut(TextLines.of("一、2023年工作总结\n正文。\n二、2024年工作计划\n"));

        assertThat(cut.size()).isEqualTo(4);
        for (int i = 0; i < cut.size(); i++) {
            assertThat(cut.physicalLine(i)).isEqualTo(i);
        }
    }

    @Test
    void aHeadingWhoseBodyPartsItsFiguresWithSemicolonsIsNoItemOfAnEnumeration() {
        // https://m.wnwk.com/doc/1974783.html (a real page in no labelled set), its first piece: "一、主要经济指标完成状况 估量到12月底,…同比增长%;引进内资…"
        // reaches a ';' before its first '。', but no number follows that ';': the heading is cut out
        List<String> parts = logicalLinesOf(cut(TextLines.of(
            "1、2023年开发区管委年度总结 一年来,开发区依据县委、县政府的总体工作部署,结合开发区工作实际,以经济建设为中心,坚持科学进展观。紧紧围绕县第九次党代会提出的进展思路和奋斗目标,进一步明确进展方向,增加工作责任感和紧迫感,发扬奋勉有为的工作作风,全力以赴、扎扎实实抓好各项工作的落实,全面推动开发区工作的顺当开展。 一、主要经济指标完成状况 估量到12月底,实现工业销售收入亿元,占年任务%,同比增长%;引进内资亿元,占年任务%,同比增长%;出口额万美元,占年任务%,同比增长%;完成财政收入亿元,占年任务%,同比增长%;固定资产投资亿元,占年任务%,同比增长%;1-10月份实际利用外资已完成万美元")), 0);

        assertThat(parts).anySatisfy(l -> assertThat(l).startsWith("一、主要经济指标完成状况 估量到12月底"));
    }

    private static List<String> logicalLinesOf(TextLines lines, int physical) {
        List<String> of = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.physicalLine(i) == physical) {
                of.add(lines.original(i));
            }
        }
        return of;
    }

    private static String document(String name) throws IOException {
        return TextDecoder.decode(Files.readAllBytes(DOCUMENTS.resolve(name))).text();
    }

    private static TextLines cut(TextLines lines) {
        return RunOnHeadings.cut(lines, Rules.bundled());
    }
}
