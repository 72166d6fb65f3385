package dev.reportflow.classifier.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The one-pass cut of pinyin glosses removes exactly what the definition of a gloss, written as a
 * regular expression, removes: a parenthesised syllable (a–z, ü, exactly one toned vowel) right
 * after a Chinese character. Texts are made of the chars that decide it: Chinese characters, other
 * letters, parentheses, toned and plain vowels.
 */
class PinyinGlossesPropertiesTest {

    private static final Pattern GLOSS = Pattern.compile(
            "(?<=[\\u3400-\\u9fff])\\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\\)");

    @Property(tries = 3000)
    void cutsWhatTheRegularExpressionOfAGlossMatches(@ForAll("text") String text) {
        assertThat(PinyinGlosses.strip(text)).isEqualTo(GLOSS.matcher(text).replaceAll(""));
    }

    @Example
    void cutsTheGlossesOfACopiedTitleAndLeavesNumbering() {
        assertThat(PinyinGlosses.strip("鎮(zhèn)長(zhǎng)工作報告(2023)(一)社區(qū)(ab)"))
                .isEqualTo("鎮長工作報告(2023)(一)社區(ab)");
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().withChars("鎮長区(()zhnüuàǎǜA 1\n").ofMaxLength(40);
    }
}
