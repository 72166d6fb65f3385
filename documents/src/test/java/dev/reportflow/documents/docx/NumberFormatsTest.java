package dev.reportflow.documents.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class NumberFormatsTest {

    @Test
    void writesChineseCountingAsInProse() {
        int[] numbers = {1, 9, 10, 11, 19, 20, 21, 99, 100, 101, 110, 1010, 12345};
        String[] expected = {"一", "九", "十", "十一", "十九", "二十", "二十一", "九十九", "一百", "一百零一", "一百一十", "一千零一十",
                "一万二千三百四十五"};
        for (int i = 0; i < numbers.length; i++) {
            assertThat(NumberFormats.format(numbers[i], "chineseCounting")).isEqualTo(expected[i]);
            assertThat(NumberFormats.format(numbers[i], "chineseCountingThousand")).isEqualTo(expected[i]);
        }
    }

    @Test
    void writesTheOtherFormatsReportsUse() {
        assertThat(NumberFormats.format(3, "decimal")).isEqualTo("3");
        assertThat(NumberFormats.format(10, "chineseLegalSimplified")).isEqualTo("壹拾");
        assertThat(NumberFormats.format(2, "ideographTraditional")).isEqualTo("乙");
        assertThat(NumberFormats.format(11, "ideographTraditional")).isEqualTo("甲");
        assertThat(NumberFormats.format(10, "ideographDigital")).isEqualTo("一〇");
        assertThat(NumberFormats.format(3, "decimalEnclosedCircle")).isEqualTo("③");
        assertThat(NumberFormats.format(21, "decimalEnclosedCircle")).isEqualTo("21");
        assertThat(NumberFormats.format(2, "decimalEnclosedParen")).isEqualTo("⑵");
        assertThat(NumberFormats.format(12, "decimalFullWidth")).isEqualTo("１２");
        assertThat(NumberFormats.format(28, "upperLetter")).isEqualTo("BB");
        assertThat(NumberFormats.format(14, "lowerRoman")).isEqualTo("xiv");
        assertThat(NumberFormats.format(7, "somethingNew")).isEqualTo("7");
    }

    @Test
    void fillsTemplatesWithEachLevelInItsOwnFormat() {
        CTLvl[] levels = new CTLvl[9];
        levels[0] = level(STNumberFormat.CHINESE_COUNTING, "%1、");
        levels[1] = level(STNumberFormat.DECIMAL, "%1.%2");
        levels[2] = level(STNumberFormat.NONE, "");
        int[] values = {3, 2, 1, 1, 1, 1, 1, 1, 1};

        assertThat(NumberFormats.label(levels, 0, values)).isEqualTo("三、");
        assertThat(NumberFormats.label(levels, 1, values)).isEqualTo("三.2 ");
        assertThat(NumberFormats.label(levels, 2, values)).isEmpty();

        levels[1].addNewIsLgl();
        assertThat(NumberFormats.label(levels, 1, values)).isEqualTo("3.2 ");
    }

    private static CTLvl level(STNumberFormat.Enum format, String text) {
        CTLvl lvl = CTLvl.Factory.newInstance();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        return lvl;
    }
}
