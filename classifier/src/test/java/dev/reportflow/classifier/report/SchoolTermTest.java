package dev.reportflow.classifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles and headings quoted from dev documents of the corpus. */
class SchoolTermTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "extra-049, ——XX镇第三小学2017学年第一学期工作总结, 2017",
            "inst-001, 一、2022学年第二学期工作概况, 2023",
            "inst-002, XXXX中学2023-2023学年度第二学期工作总结, 2023",
    })
    void aSchoolTermLiesInTheAutumnOrTheSpringOfItsSchoolYear(String document, String text, int year) {
        assertThat(SchoolTerm.year(text)).as(document).containsExactly(year);
    }

    @ParameterizedTest
    @CsvSource({"2024年學校上半年工作總結", "中学学校工作总结 篇1"})
    void aTextWithoutASchoolTermGivesNoYear(String text) {
        assertThat(SchoolTerm.year(text)).isEmpty();
    }
}
