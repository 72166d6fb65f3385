package dev.reportflow.classifier.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether an area word (全区) is the field a ranking is made in, i.e. an area above the report's own. */
class RankingWithinAreaTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // base-011, a subdistrict's review: its figures ranked among the district's subdistricts
            "全年财政总收入6.45亿元,增速位列全区第1。",
            "社零总额145.98亿,总量全区第2。",
            "综合考评居全区前列。",
            "排名全区第一名。",
    })
    void aRankingIsMadeWithinTheAreaAbove(String line) {
        int s = line.indexOf("全区");
        assertThat(ContentReader.isRanking(line, s, s + 2)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "全区上下坚持稳中求进。",
            "建成全区第一个5G基站。",
            "全区地区生产总值增长6%。",
            "全区第一季度经济运行平稳。",
    })
    void theReportsOwnAreaIsNoRanking(String line) {
        int s = line.indexOf("全区");
        assertThat(ContentReader.isRanking(line, s, s + 2)).isFalse();
    }
}
