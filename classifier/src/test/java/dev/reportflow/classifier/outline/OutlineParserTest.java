package dev.reportflow.classifier.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.TextLines;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineParserTest {

    private static final OutlineParser PARSER = new OutlineParser(Rules.bundled());

    @Test
    void topLevelWithSecondLevelAndInlineListsIgnored() {
        List<OutlineSection> s = parse("""
                一、2023年工作完成情况
                （一）经济发展方面
                2023年我们认真贯彻落实，一、经济结构单一；二、项目少；三、后劲不足。
                （二）乡村振兴方面
                二、2024年工作计划
                （一）打造经济发展强劲引擎
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0, 4);
        assertThat(s.get(0).children()).extracting(OutlineSection::line).containsExactly(1, 3);
        assertThat(s.get(0).endLine()).isEqualTo(3);
    }

    @Test
    void anUnnumberedPlanHeadingOwnsTheNumbersThatDoNotContinueTheCount() {
        List<OutlineSection> s = parse("""
                一、凝聚共建力量
                正文。
                二、凝聚产业能量
                三、凝聚绿色共识
                四、凝聚平安合力
                2024年工作计划
                一是坚持党建统领。
                二、坚持生态提质。
                三、坚持政策保障。
                四、坚持补齐短板。
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0, 2, 3, 4, 5);
        assertThat(s.get(4).isUnnumbered()).isTrue();
        assertThat(s.get(4).endLine()).isEqualTo(9);
    }

    @Test
    void partsAboveChineseNumbersMakeThoseTheSecondLevel() {
        List<OutlineSection> s = parse("""
                第一、2023年工作总结
                一、聚焦品牌打造
                二、聚焦宜居宜业
                第二，2024年工作思路
                一、聚力巩固向好态势
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0, 3);
        assertThat(s.get(0).children()).hasSize(2);
    }

    @Test
    void aBodyPastedTwiceKeepsBothOutlines() {
        List<OutlineSection> s = parse("""
                一、2023年工作开展情况
                二、存在的问题
                三、2024年工作计划
                今年以来，在市委的领导下……
                一、2023年工作开展情况
                二、存在的问题
                三、2024年工作计划
                """);
        assertThat(s).extracting(OutlineSection::line).containsExactly(0, 1, 2, 4, 5, 6);
    }

    @Test
    void aTopLevelStartingAtParenthesisedNumbers() {
        List<OutlineSection> s = parse("""
                （一）主要工作
                1.高速公路建设提速。
                2.农村公路提档升级。
                （二）存在问题
                （三）2025年工作打算
                """);
        assertThat(s).extracting(OutlineSection::style).containsOnly(Numbering.CHINESE_PAREN);
        assertThat(s.get(0).children()).hasSize(2);
    }

    private static List<OutlineSection> parse(String text) {
        TextLines lines = TextLines.of(text);
        NumberedLine[] numbered = new NumberedLine[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            numbered[i] = HeadingParser.parse(lines.folded(i));
        }
        return PARSER.parse(lines, numbered, 0, lines.size() - 1);
    }
}
