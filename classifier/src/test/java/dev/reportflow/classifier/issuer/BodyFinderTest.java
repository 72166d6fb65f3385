package dev.reportflow.classifier.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.Folding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a body's name begins in a sentence. */
class BodyFinderTest {

    private static final BodyFinder FINDER = new BodyFinder(Rules.bundled());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // corpus/documents/extra-047.txt line 1 (traditional script, folded; its pinyin glosses dropped):
            // a place beginning with 中 after a comma keeps its 中
            "2022年上半年,在市委、市政府和省市場監管局、省藥監局的正確領導下,中山市市場監督管理局深入學習貫徹習近平總書記關于…|中山市市场监督管理局",
            // 中 after a character ends a word (工作中, 其中): no part of the name
            "在疫情防控工作中县卫健委主动作为。|县卫健委",
            "其中县财政局安排资金500万元。|县财政局",
    })
    void aNameStartsWhereTheClauseDoes(String sentence, String name) {
        assertThat(FINDER.inSentence(Folding.fold(sentence))).extracting(BodyMention::name).contains(name);
    }

    /** corpus/documents/more-006.txt line 9: the organ of a body that calls itself 我院 is named with the 我院, never as 院团支部. */
    @Test
    void anOrganOfASelfReferenceKeepsTheSelfReference() {
        assertThat(FINDER.inSentence(Folding.fold("我院团支部在院党总支的领导下,在局团委的关心指导下,坚持以十八大精神为指导,认真落实")))
                .extracting(BodyMention::name).contains("我院团支部").doesNotContain("院团支部");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // corpus/documents/more-012.txt line 14: a province's health department by its name before 2013
            "1、制定方案,社会动员。省卫生厅、财政厅制订了《提高住院分娩补助标准》|省卫生厅|health",
            // corpus/documents/more-010.txt line 3: a county's science and technology association (科协)
            "**县科协在县委、县政府的正确领导下|县科协|science_technology",
    })
    void aBodyIsKnownByItsShortAndFormerNames(String sentence, String name, String department) {
        assertThat(FINDER.inSentence(Folding.fold(sentence))).filteredOn(m -> m.name().equals(name))
                .extracting(BodyMention::department).containsExactly(department);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // corpus/documents/more-011.txt line 1: the office whose notice the report answers is not the speaker
            "根据市政府办公厅《关于认真做好2023年度市政府绩效管理年终考评工作的通知》要求,我们重点对照日常履职清单逐项梳理年度任务完成情况。|市政府办",
            // corpus/documents/extra-003.txt line 4: the subdistrict gave the instruction, the community speaks
            "按照光华路街道工委的部署,戎苑社区成立社区“大党委”,它为我们社区党组织建设开创出一个崭新|光华路街道工委",
    })
    void aBodyWhoseInstructionTheReportFollowsIsNotTheSpeaker(String sentence, String superior) {
        assertThat(FINDER.inSentence(Folding.fold(sentence))).extracting(BodyMention::name)
                .noneMatch(name -> name.contains(superior));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // corpus/documents/extra-042.txt line 2: a page repeats the title, masked, before the body
            "1、卫生院2022年妇幼保健工作总结及2022年工作方案卫生院20_年妇幼保健工作总结及20_年工作方案_镇卫生院20_年妇幼保健工作总结|卫生院",
            // corpus/documents/more4-022.txt line 2: 通过树立学校的品牌形象 is about the school, not its name
            "扎扎实实抓好学校两支队伍建设,通过树立学校的品牌形象,努力把民主小学建成一所人民满意的现代化学校。|学校",
    })
    void aNameNeverReachesOverAVerbOrADocumentsKindWord(String sentence, String bare) {
        assertThat(FINDER.inSentence(Folding.fold(sentence))).extracting(BodyMention::name)
                .contains(bare).allMatch(name -> !name.contains("方案") && !name.contains("树立"));
    }
}
