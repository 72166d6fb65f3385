package dev.reportflow.classifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.rules.Rules;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles quoted from dev documents of the corpus: a report on a cross-cutting topic is a special-topic report. */
class SpecialTopicTitlesTest {

    private static final Rules RULES = Rules.bundled();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "extra-043, 妇幼工作总结汇总篇一, special_topic_summary",
            "more-012, 妇幼卫生工作总结与工作计划, special_topic_summary_and_plan",
            "inst-009, 泽口卫生院2011年公共卫生工作总结, special_topic_summary",
            "more-010, 县科协20xx年科普工作总结, special_topic_summary",
            "extra-030, 高胥村庄环境综合整治工作总结, special_topic_summary",
            "extra-055, 村务公开工作总结1, special_topic_summary",
            "base-023, 乡镇为民办十件实事工作报告, special_topic_summary",
            "inst-026, 全区公安机关打击治理电信网络新型违法犯罪工作总结, special_topic_summary",
            "extra-003, 社区“大党委”工作总结, special_topic_summary",
            // a title without a cross-cutting topic stays a plain summary
            "more-014, 2020年城市管理局工作总结, summary",
    })
    void aTitleNamingACrossCuttingTopicIsASpecialTopicReport(String document, String title, String kind) {
        assertThat(ReportKind.of(title, 0, List.of(), List.of(), RULES).kind()).as(document).isEqualTo(kind);
    }
}
