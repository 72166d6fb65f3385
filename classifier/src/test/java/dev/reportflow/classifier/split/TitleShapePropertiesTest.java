package dev.reportflow.classifier.split;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The one-pass reading of a letter-spaced title agrees with its definition in words, as a split. */
class TitleShapePropertiesTest {

    @Property(tries = 3000)
    void joinsALetterSpacedLineExactlyWhenEveryPieceIsOneOrTwoCharsAndThereAreFourOrMore(@ForAll("line") String line) {
        assertThat(TitleShape.withoutLetterSpacing(line)).isEqualTo(bySplitting(line));
    }

    @Example
    void readsASpacedTitleAsOneWordAndLeavesASentenceAlone() {
        assertThat(TitleShape.withoutLetterSpacing(" 政 府 工 作 报 告 ")).isEqualTo("政府工作报告");
        assertThat(TitleShape.withoutLetterSpacing("区审计局 2023年 工作 总结")).isEqualTo("区审计局 2023年 工作 总结");
    }

    /** Pieces between runs of spaces: four or more, none longer than two chars, then joined. */
    private static String bySplitting(String line) {
        String[] pieces = line.strip().split(" +");
        if (pieces.length < 4) {
            return line;
        }
        for (String piece : pieces) {
            if (piece.length() > 2) {
                return line;
            }
        }
        return String.join("", pieces);
    }

    @Provide
    Arbitrary<String> line() {
        return Arbitraries.strings().withChars("政府报告 \t\u3000a").ofMaxLength(24);
    }
}
