package dev.reportflow.classifier.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.text.TextLines;
import org.junit.jupiter.api.Test;

/** Requests and attachment names are numbered but head nothing (more4-013, a notice asking for summaries, lines 12-24). */
class NotHeadingsTest {

    @Test
    void aNoticesRequestsAndItsAttachmentListAreNoHeadings() {
        TextLines lines = TextLines.of("""
                3.请高校科协、医疗卫生机构科协于2022年12月19日(周一)前将上述材料PDF版(盖章)和WORD版报送
                联系人:李东
                4.请省科协机关各部室,各直属事业单位于2022年12月19日(周一)前将谋划2023年全省科协
                附件:
                1.2023年全省科协系统“十件实事”谋划要求
                2.2022年工作总结和2023年工作计划参考提纲
                """);
        NumberedLine[] numbered = numbered(lines);
        NotHeadings.drop(lines, numbered);
        assertThat(numbered).containsOnlyNulls();
    }

    /** A report's numbered parts stay; so does a part in which the report asks its superior (请求/请示). */
    @Test
    void aReportsPartsAndItsOwnRequestsStay() {
        TextLines lines = TextLines.of("""
                1.2023年全省科协系统“十件实事”谋划要求
                三、请求解决的问题
                """);
        NumberedLine[] numbered = numbered(lines);
        NotHeadings.drop(lines, numbered);
        assertThat(numbered[0]).isNotNull();
        assertThat(numbered[1]).isNotNull();
    }

    private static NumberedLine[] numbered(TextLines lines) {
        NumberedLine[] numbered = new NumberedLine[lines.size()];
        for (int i = 0; i < numbered.length; i++) {
            numbered[i] = HeadingParser.parse(lines.folded(i));
        }
        return numbered;
    }
}
