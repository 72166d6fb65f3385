package dev.reportflow.classifier.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.text.Folding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "一、2023年工作总结|CHINESE|1",
            "十一、其他工作|CHINESE|11",
            "二十三、附则|CHINESE|23",
            "（三）加强队伍建设|CHINESE_PAREN|3",
            "(五)加强安全生产管理|CHINESE_PAREN|5",
            "(一）风险形势分析|CHINESE_PAREN|1",
            "1.做好国土空间规划编制工作|ARABIC|1",
            "11、行政审批改革工作逐步深入|ARABIC|11",
            "1．扎实推进水利基础设施建设|ARABIC|1",
            "（2）扎实开展百日攻坚|ARABIC_PAREN|2",
            "一是固本强基|ORDINAL_CLAUSE|1",
            "九要持续用力|ORDINAL_CLAUSE|9",
            "第一、2023年工作总结|PART|1",
            "第二，2024年工作思路|PART|2",
            "第三部分 2025年工作计划|PART|3",
            "\u2002 4.推进硬件软件双提升|ARABIC|4",
    })
    void recognisesNumberingStyles(String line, Numbering style, int number) {
        NumberedLine n = HeadingParser.parse(Folding.fold(line));
        assertThat(n).isNotNull();
        assertThat(n.style()).isEqualTo(style);
        assertThat(n.number()).isEqualTo(number);
        assertThat(n.weak()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"第一产业持续优化，稳住农业发展大局", "一年来，全县财政工作稳中有进", "一、二级公路建设全面完成",
            "2023年以来，XX派出所", "1-9月工业产值增长", "三农工作扎实推进", "2023.10.30完成", ""})
    void leavesOtherLinesAlone(String line) {
        assertThat(HeadingParser.parse(Folding.fold(line))).isNull();
    }

    /** N、 then N+1 (and on) then a measure or unit word enumerates quarters, grades, sectors: no heading. */
    @ParameterizedTest
    @ValueSource(strings = {"二、三季度，受原材料价格上涨影响，园区企业利润有所回落。", "一、二产业增加值分别增长4.1%和6.3%",
            "二、三产业融合发展步伐加快", "一、二、三级医院均已接入平台", "四、五年级学生体质测试合格率达96%",
            "五、六月份集中开展汛前检查", "三、四类水质断面占比下降", "一、三类资质企业新增8家", "二、三孩家庭育儿补贴全面落实"})
    void countedEnumerationsAreNoHeadings(String line) {
        assertThat(HeadingParser.parse(Folding.fold(line))).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"三、四好农村路建设提质增效|3", "二、三农工作扎实推进|2", "四、二〇二五年工作打算|4",
            "三、五项制度落地见效|3", "二、四季度工作安排|2"})
    void aNumeralThatDoesNotContinueTheCountIsAHeadingsWord(String line, int number) {
        NumberedLine n = HeadingParser.parse(Folding.fold(line));
        assertThat(n).isNotNull();
        assertThat(n.style()).isEqualTo(Numbering.CHINESE);
        assertThat(n.number()).isEqualTo(number);
    }

    @ParameterizedTest
    @CsvSource({"3.4月份在全县开展了医疗服务价格专项检查,true", "1.2023年度重点工作推进情况,false"})
    void aNumberFollowedByDigitsIsWeakUnlessAYear(String line, boolean weak) {
        assertThat(HeadingParser.parse(line).weak()).isEqualTo(weak);
    }

    @Test
    void aPagesArticleNumberOverAWholeReportIsNoPartHeading() {
        // corpus/documents/base-026.txt line 7 (folded)
        assertThat(HeadingParser.parse("第一篇:某某社区2014年上半年党建工作总结")).isNull();
        assertThat(HeadingParser.parse("第一篇 经济发展").style()).isEqualTo(Numbering.PART);
    }
}
