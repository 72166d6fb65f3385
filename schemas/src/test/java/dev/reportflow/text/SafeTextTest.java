package dev.reportflow.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9B, 0x9F,
            0x2028, 0x2029, 0x202E, 0x2066, 0x200F, 0x061C})
    void theseAreControls(int codePoint) {
        assertThat(SafeText.isControl(codePoint)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {' ', 'a', '~', 0xA0, 0x3000, '区', 0x200D, 0xFF1D, 0x1F600})
    void theseAreNot(int codePoint) {
        assertThat(SafeText.isControl(codePoint)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("linesAndHowTheyAreShown")
    void aLineShowsEveryControlAsAnEscape(String raw, String shown) {
        assertThat(SafeText.line(raw)).isEqualTo(shown);
    }

    static Stream<Arguments> linesAndHowTheyAreShown() {
        return Stream.of(
                arguments("区审计局", "区审计局"),
                arguments("a\u001b[2Jb", "a\\u001b[2Jb"),
                arguments("a\rb", "a\\u000db"),
                arguments("a\nb", "a\\u000ab"),
                arguments("a\r\nb", "a\\u000d\\u000ab"),
                arguments("a\u0000b\u0007", "a\\u0000b\\u0007"),
                arguments("\u007f\u009b\u0085", "\\u007f\\u009b\\u0085"),
                arguments("x\u202ey\u2028", "x\\u202ey\\u2028"),
                arguments("tab\there", "tab\\u0009here"),
                arguments("\uD83D\uDE00 emoji", "\uD83D\uDE00 emoji"));
    }

    @Test
    void multiLineTextKeepsLineBreaksAndShowsEverythingElse() {
        assertThat(SafeText.lines("一、回顾\n二、问题\r\n三、计划")).isEqualTo("一、回顾\n二、问题\n三、计划");
        assertThat(SafeText.lines("forged\rline\u001b[1m\t")).isEqualTo("forged\\u000dline\\u001b[1m\\u0009");
        assertThat(SafeText.lines("ends with CR\r")).isEqualTo("ends with CR\\u000d");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain|plain",
            "=1+1|'=1+1",
            "+1|'+1",
            "-1|'-1",
            "@SUM(A1)|'@SUM(A1)",
            "=HYPERLINK(\"http://x\",\"y\")|`\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"`",
            "`\t=1`|'\\u0009=1",
            "a,b|`\"a,b\"`",
            "say \"hi\"|`\"say \"\"hi\"\"\"`",
            "a=1|a=1",
            "``|``"})
    void csvCellsAreNeutralisedAndQuoted(String raw, String cell) {
        assertThat(SafeText.csvCell(raw)).isEqualTo(cell);
    }

    @Test
    void csvCellsKeepLineBreaksInsideQuotes() {
        assertThat(SafeText.csvCell("第一行\n第二行")).isEqualTo("\"第一行\n第二行\"");
        assertThat(SafeText.csvCell("\r=1")).isEqualTo("'\\u000d=1");
        assertThat(SafeText.csvCell("-2\n=3")).isEqualTo("\"'-2\n=3\"");
    }

    @Test
    void markdownEscapesMarkupAndHtml() {
        assertThat(SafeText.markdown("<script>alert(1)</script>")).isEqualTo("\\<script\\>alert(1)\\</script\\>");
        assertThat(SafeText.markdown("[点此](http://evil)")).isEqualTo("\\[点此\\](http://evil)");
        assertThat(SafeText.markdown("![x](y) **b** _i_ `c` # h | t ~s~ &amp;"))
                .isEqualTo("\\!\\[x\\](y) \\*\\*b\\*\\* \\_i\\_ \\`c\\` \\# h \\| t \\~s\\~ \\&amp;");
        assertThat(SafeText.markdown("a\\b")).isEqualTo("a\\\\b");
        assertThat(SafeText.markdown("x\u001b[31m")).isEqualTo("x\\\\u001b\\[31m");
    }

    @Test
    void markdownCodeSpansCannotBeClosedFromInside() {
        assertThat(SafeText.markdownCode("routed.finance")).isEqualTo("`routed.finance`");
        assertThat(SafeText.markdownCode("a`b")).isEqualTo("``a`b``");
        assertThat(SafeText.markdownCode("`x``")).isEqualTo("``` `x`` ```");
    }

    @Test
    void htmlEscapesMarkupQuotesAndControls() {
        assertThat(SafeText.html("<img src=x onerror='a(\"b\")'>&\u001b"))
                .isEqualTo("&lt;img src=x onerror=&#39;a(&quot;b&quot;)&#39;&gt;&amp;\\u001b");
    }

    @Property
    void noLineHoldsARawControl(@ForAll("hostile") String text) {
        assertThat(SafeText.line(text).codePoints().filter(SafeText::isControl)).isEmpty();
        assertThat(SafeText.markdown(text).codePoints().filter(SafeText::isControl)).isEmpty();
        assertThat(SafeText.html(text).codePoints().filter(SafeText::isControl)).isEmpty();
    }

    @Property
    void multiLineTextHoldsNoControlButLineFeeds(@ForAll("hostile") String text) {
        assertThat(SafeText.lines(text).codePoints().filter(c -> c != '\n' && SafeText.isControl(c))).isEmpty();
        assertThat(SafeText.lines(text).chars().filter(c -> c == '\n').count())
                .isEqualTo(text.chars().filter(c -> c == '\n').count());
    }

    @Property
    void noCsvCellStartsAFormulaAndEveryCellReadsBackAsOne(@ForAll("hostile") String text) {
        String cell = SafeText.csvCell(text);
        String value = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;

        assertThat(value).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
        if (!cell.startsWith("\"")) {
            assertThat(cell).doesNotContain(",", "\"", "\n", "\r");
        } else {
            assertThat(cell).endsWith("\"");
            assertThat(cell.substring(1, cell.length() - 1).replace("\"\"", "")).doesNotContain("\"");
        }
    }

    @Property
    void safeTextIsLeftAsItIs(@ForAll("ordinary") String text) {
        assertThat(SafeText.line(text)).isEqualTo(text);
        assertThat(SafeText.lines(text)).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> hostile() {
        List<Character> controls = List.of('\u0000', '\u0007', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009b',
                '\u2028', '\u202e', '=', '+', '-', '@', '"', ',', '`', '<', '\\', '区');
        return Arbitraries.oneOf(Arbitraries.of(controls), Arbitraries.chars().all()).list().ofMaxSize(40)
                .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
    }

    @Provide
    Arbitrary<String> ordinary() {
        return Arbitraries.strings().withCharRange(' ', '~').withCharRange('一', '龥').withChars('，', '。', '（', '）').ofMaxLength(60);
    }
}
