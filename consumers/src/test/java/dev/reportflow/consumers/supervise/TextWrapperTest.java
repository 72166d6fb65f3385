package dev.reportflow.consumers.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapperTest {

    private static final String PARAGRAPH = "　　一是强化预算约束，严格执行人大批准的预算，坚持先有预算后有支出。"
            + "二是加快支出进度，对执行缓慢的项目资金及时收回统筹使用，提高财政资金使用效益。";

    @Test
    void linesFitTheWidthCountingHanAsTwoColumns() {
        List<String> lines = TextWrapper.wrap(PARAGRAPH, 30);

        assertThat(lines).hasSizeGreaterThan(3);
        // A closing mark may hang one column pair past the edge, never more.
        assertThat(lines).allSatisfy(line -> assertThat(TextWrapper.displayWidth(line)).isLessThanOrEqualTo(32));
        assertThat(String.join("", lines)).isEqualTo(PARAGRAPH.strip().replace("\u3000", ""));
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        for (int width = 10; width < 40; width++) {
            assertThat(TextWrapper.wrap(PARAGRAPH, width))
                    .allSatisfy(line -> assertThat(line).doesNotStartWith("，").doesNotStartWith("。"));
        }
    }

    @Test
    void latinWordsBreakAtSpacesAndBlankLinesDisappear() {
        List<String> lines = TextWrapper.wrap("推进 digital government platform integration\n\n　　\n第二段", 20);

        assertThat(lines).containsExactly("推进 digital", "government platform", "integration", "第二段");
    }
}
