package dev.reportflow.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The matching view: the same length as the text, with the variations of offices and copying sites folded. */
class FoldingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // corpus/documents/extra-043.txt line 23: a heading numbered with a full stop
            "一。加强妇幼保健网络建设,做好全乡妇幼保健工作。|一、加强妇幼保健网络建设,做好全乡妇幼保健工作。",
            "'\u3000\u3000十二。强化安全生产'|'  十二、强化安全生产'",
            // a numeral that ends a sentence stays as it is
            "全年累计完成重点项目十一。|全年累计完成重点项目十一。",
            // corpus/documents/extra-024.txt lines 11 and 23 (traditional script)
            "二、存在的問題|二、存在的问题",
            "三、下半年工作重點|三、下半年工作重点",
            // corpus/documents/extra-047.txt line 3, with the mirror's stray commas kept (positions stay)
            "(一)黨的全面領導和黨的建設持續加強,,政治生態不斷凈化,。|(一)党的全面领导和党的建设持续加强,,政治生态不断净化,。",
    })
    void foldsCharForChar(String text, String folded) {
        assertThat(Folding.fold(text)).isEqualTo(folded).hasSameSizeAs(text);
    }

    @org.junit.jupiter.api.Test
    void aFullStopAfterANumeralOpeningALaterLineIsFoldedToo() {
        assertThat(Folding.fold("妇幼工作总结汇总篇二\n\n一。加强网络建设")).isEqualTo("妇幼工作总结汇总篇二\n\n一、加强网络建设");
    }
}
