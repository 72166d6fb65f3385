package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.report.NonReportCues;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.split.TitleShape;
import dev.reportflow.classifier.text.Folding;
import dev.reportflow.classifier.text.TextLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Hard negatives of the corpus's dev part (corpus/labels/*.jsonl give each one's source) that carry
 * an outline or a report's name and still say plainly what else they are: quoted lines for each rule,
 * and the whole page for what the rules decide together.
 */
class RealNonReportsTest {

    @Test
    void aNoticesTitleStaysANoticesBeforeTheSitesName() {
        // dept-032 line 1: the page's title, the notice's and then the site's name
        assertThat(TitleShape.of("关于认真做好2020年工作总结及2021年工作计划的通知-武汉大学", Rules.bundled()).titleLike()).isFalse();
        assertThat(TitleShape.of("关于认真做好2020年工作总结及2021年工作计划的通知", Rules.bundled()).titleLike()).isFalse();
        // a report's title keeps its shape with or without a site's name after it
        assertThat(TitleShape.of("区审计局2023年工作总结和2024年工作计划", Rules.bundled()).titleLike()).isTrue();
    }

    @Test
    void aNoticesNumberedItemThatNamesAReportIsNoReportsTitle() {
        // neg-003 lines 1, 5 and 7 (traditional characters, as the page gives them)
        TextLines notice = TextLines.of("""
                關(guān)于報送2023年語言文字工作總結(jié)和年度統(tǒng)計報表的通知
                一、做好語言文字工作年度統(tǒng)計
                二、報送語言文字工作年度報告
                """);

        assertThat(TitleShape.namesReport(Folding.fold("二、報送語言文字工作年度報告"))).isTrue();
        assertThat(NonReportCues.find(notice)).hasValueSatisfying(e -> assertThat(e.rule()).isEqualTo("not-a-report.notice"));
    }

    @Test
    void aLeadThatOpensWithTheDayAndReportsAMeetingIsNews() {
        // more2-025 line 1's first sentence (traditional characters), dept-035 line 1's, neg-017 line 2's
        for (String lead : new String[] {"1月4日上午,石臺縣第十三屆人民代表大會第四次會議在縣影劇院隆重開幕。",
                "11月25日,滨湖区政协召开部门情况通报会,听取区司法局工作情况通报,围绕全区法治建设及司法行政工作开展议政协商。"}) {
            assertThat(NonReportCues.find(TextLines.of(lead))).as(lead)
                    .hasValueSatisfying(e -> assertThat(e.rule()).isEqualTo("not-a-report.news"));
        }
        assertThat(NonReportCues.find(TextLines.of("""
                操军镇第十四届人民代表大会第一次会议胜利召开
                10月28日,操军镇第十四届人民代表大会第一次会议在该镇政府五楼会议室隆重召开,全镇71名镇人大代表和44名列席代表出席会议。
                """))).hasValueSatisfying(e -> assertThat(e.rule()).isEqualTo("not-a-report.news"));
        // gov-015 lines 6-7: a congress report's date line names the session, not an event
        assertThat(NonReportCues.find(TextLines.of("""
                2025年3月21日在汉滨区第十九届
                人民代表大会第四次会议上
                """))).isEmpty();
    }

    @Test
    void aReportNamedInBookTitleMarksIsMentionedNotTitled() {
        // more2-025 line 6: a news photo's caption
        assertThat(TitleShape.namesReport(Folding.fold("△縣人民政府縣長張勇作《政府工作報告》"))).isFalse();
        assertThat(TitleShape.namesReport("《政府工作报告》")).as("a title that is all book title").isTrue();
        assertThat(TitleShape.namesReport("政府工作报告")).isTrue();
    }

    @Test
    void aTitleThatAsksWhatAReportIsHeadsAHowToPage() {
        // more2-027 line 1, over "🌟 社区工作报告,顾名思义,就是…"
        assertThat(TitleShape.namesReport("什么是社区工作报告?")).isFalse();
        assertThat(NonReportCues.find(TextLines.of(Folding.fold("什么是社区工作报告？"))))
                .hasValueSatisfying(e -> assertThat(e.rule()).isEqualTo("not-a-report.how_to"));
    }

    @Test
    void newsOfACongressSessionAndAPageExplainingReportsAreNoReports() throws IOException {
        // more2-025: the session opens, the county head 作《政府工作報告》, the report's points retold;
        // more2-027: "什么是社区工作报告?" and what such a report holds, emoji bullets
        assertThat(classify("more2-025").notAReport().rule()).isEqualTo("not-a-report.news");
        assertThat(classify("more2-027").notAReport().rule()).isEqualTo("not-a-report.how_to");
    }

    private static Classification classify(String id) throws IOException {
        return Classifier.standard().classifyOrThrow(Files.readString(Path.of("..", "corpus", "documents", id + ".txt"),
                StandardCharsets.UTF_8));
    }
}
