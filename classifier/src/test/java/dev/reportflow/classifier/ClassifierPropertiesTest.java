package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties over arbitrary text: classifying never throws, and every input line belongs to
 * exactly one report or to the preamble/gaps (reports are ordered, disjoint, inside the text, and
 * their sections inside them).
 */
class ClassifierPropertiesTest {

    private static final Classifier CLASSIFIER = Classifier.standard();

    /** Characters that matter to the stages, so that arbitrary text often looks like a report. */
    private static final String ALPHABET = "一二三四五六七八九十、（）()第部分是要年度总结计划工作存在问题打算2023 4 .1\n\r\t　局县乡镇街道D党建耕地安全生产X目录汇编：。，;##paid";

    @Property(tries = 300)
    void neverThrowsAndKeepsEveryLine(@ForAll("reportish") String text) {
        Classification c = CLASSIFIER.classifyOrThrow(text);
        checkLines(text, c);
    }

    @Property(tries = 200)
    void neverThrowsOnAnyUnicode(@ForAll String text) {
        Classification c = CLASSIFIER.classifyOrThrow(text);
        checkLines(text, c);
        assertThat(CLASSIFIER.classify(text).reports()).isEqualTo(c.reports());
    }

    @Property(tries = 50)
    void compilationsOfGeneratedReportsSplitIntoTheirReports(@ForAll @IntRange(min = 1, max = 8) int count,
                                                              @ForAll("blankLines") int blanks) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < count; k++) {
            sb.append(GeneratedReport.text(k)).append("\n".repeat(blanks));
        }
        Classification c = CLASSIFIER.classifyOrThrow(sb.toString());
        assertThat(c.reports()).hasSize(count);
        c.reports().forEach(r -> assertThat(r.sections()).hasSize(3));
        checkLines(sb.toString(), c);
    }

    @Provide
    Arbitrary<String> reportish() {
        Arbitrary<String> noise = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(400);
        Arbitrary<String> report = Arbitraries.integers().between(0, 20).map(GeneratedReport::text);
        return Combinators.combine(noise, report, noise).as((a, b, c) -> a + b + c);
    }

    @Provide
    Arbitrary<Integer> blankLines() {
        return Arbitraries.integers().between(0, 3);
    }

    static void checkLines(String text, Classification c) {
        int lineCount = text.split("\n", -1).length;
        assertThat(c.textLines()).hasSize(lineCount);
        int previousEnd = 0;
        for (Report r : c.reports()) {
            assertThat(r.startLine()).isGreaterThan(previousEnd).isLessThanOrEqualTo(r.endLine());
            assertThat(r.endLine()).isLessThanOrEqualTo(lineCount);
            if (r.sections().isEmpty()) {
                assertThat(r.body()).as("a report without an outline is routed as its body").isNotNull();
                assertThat(r.body().line()).isBetween(r.startLine(), r.endLine());
                assertThat(r.body().endLine()).isBetween(r.body().line(), r.endLine());
            }
            for (Section s : r.sections()) {
                assertThat(s.line()).isBetween(r.startLine(), r.endLine());
                assertThat(s.endLine()).isBetween(s.line(), r.endLine());
                for (Subsection u : s.subsections()) {
                    assertThat(u.line()).isBetween(s.line(), s.endLine());
                    assertThat(u.endLine()).isBetween(u.line(), s.endLine());
                }
            }
            for (RoutedUnit unit : r.routedUnits()) {
                assertThat(unit.departments()).isNotEmpty();
            }
            previousEnd = r.endLine();
        }
    }

    /** A small, well-formed report whose body varies with its seed. */
    static final class GeneratedReport {
        private static final List<String> BODIES = List.of("区审计局", "县财政局", "XX镇", "市教育局", "县林业局", "区应急管理局");
        private static final List<String> TOPICS = List.of("耕地保护", "安全生产", "党建引领", "预算管理", "森林防火", "义务教育");

        static String text(int seed) {
            String body = BODIES.get(seed % BODIES.size());
            String topic = TOPICS.get(seed % TOPICS.size());
            return body + "2024年工作总结和2025年工作计划\n\n"
                    + "2024年，" + body + "认真履行职责，各项工作取得成效。\n"
                    + "一、2024年工作总结\n（一）" + topic + "扎实推进。全年完成" + topic + "任务" + seed + "项。\n"
                    + "二、存在的问题\n" + topic + "基础仍然薄弱。\n"
                    + "三、2025年工作计划\n（一）持续抓好" + topic + "。\n";
        }
    }
}
