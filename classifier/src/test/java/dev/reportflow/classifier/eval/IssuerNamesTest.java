package dev.reportflow.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssuerNamesTest {

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource(delimiter = '|', value = {
            "XX乡人民政府|XX乡",
            "XX乡|乡",
            "XX街道办事处|XX街道",
            "XX街道办|XX街道",
            "XX街道XX社区居民委员会|XX社区",
            "XX社区居委会|XX社区",
            "XX乡XX村村民委员会|XX村",
            "XX镇XX村村委会|村",
            "XX区应急管理局|区应急管理局",
            "××县文化馆|县文化馆",
            "统计监督（科）|统计监督",
            "XX市XX镇人民政府|XX镇",
            // a blank to fill in is a mask too (inst-017)
            "__镇团委|镇团委",
            // traditional and simplified script of one name: both are folded alike
            "嘉興市|嘉兴市",
            "長沙市望城區水利局|长沙市望城区水利局",
            // a kind's standard short form and its full form (dept-004: 县卫生健康委 and the text's 县卫健委)
            "县卫生健康委|县卫健委",
            "XX县卫生健康委员会|县卫健委",
            "**县科协|县科学技术协会",
            "市发展和改革委员会|市发改委",
            "区市场监督管理局|区市场监管局",
            "县人民政府办公室|县政府办",
            // the League's committee of an area, written either way round (inst-019: **团区委 and the text's 区团委)
            "**团区委|区团委",
            // a body with its place left out before the unit, as the text calls it (more-012: 省卫生厅 of 安徽省卫生厅)
            "安徽省卫生厅|省卫生厅",
            "长治市上党区统计局|区统计局",
            "县交通运输局|衡阳县交通运输局",
    })
    void namesTheSameBody(String gold, String found) {
        assertThat(IssuerNames.sameBody(gold, found)).isTrue();
    }

    @ParameterizedTest(name = "{0} ≢ {1}")
    @CsvSource(delimiter = '|', value = {
            "县应急管理局|市应急管理局",
            "XX乡|XX镇",
            "XX社区|XX街道",
            "XX县人民医院|XX县中医院",
            "县政府办公室|县人民政府",
            "XX县人民医院|我院",
            "__镇团委|镇党委",
            "嘉興市|嘉善县",
            "县卫健委|市卫健委",
            "区团委|县团委",
            "团区委|区委",
            "县政府办|县人民政府",
            "县卫健委|县卫计委",
            // the unit must be the same word, and a body must follow it
            "社区团委|区团委",
            "长治市|市",
            "长治市司法局|县司法局",
            "长治市上党区统计局|市统计局",
    })
    void tellsDifferentBodiesApart(String gold, String found) {
        assertThat(IssuerNames.sameBody(gold, found)).isFalse();
    }
}
