package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.report.NonReportCues;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.split.TitleShape;
import dev.reportflow.classifier.text.Folding;
import dev.reportflow.classifier.text.TextLines;
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
}
