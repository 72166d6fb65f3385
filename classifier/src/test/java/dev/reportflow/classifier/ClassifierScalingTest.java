package dev.reportflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Time grows linearly with input: classifying 4n copies of a compilation must not take much more
 * than 4 times as long as n copies. The bound is generous (10×, best of several runs, three
 * attempts) so that a busy machine cannot make it flaky, while anything quadratic (16×) still fails.
 */
class ClassifierScalingTest {

    private static final Classifier CLASSIFIER = Classifier.standard();

    @Test
    void timeGrowsLinearlyWithInputSize() {
        String unit = compilation() + "\n" + "这是一行很长的正文，".repeat(400) + "\n";
        String small = unit.repeat(20);
        String large = unit.repeat(80);
        for (int warm = 0; warm < 10; warm++) {
            CLASSIFIER.classifyOrThrow(small);
            CLASSIFIER.classifyOrThrow(large);
        }
        // A busy machine can stall one measurement; a quadratic classifier fails every attempt.
        double ratio = Double.MAX_VALUE;
        for (int attempt = 0; attempt < 3 && ratio >= 10.0; attempt++) {
            ratio = Math.min(ratio, (double) bestOf(large) / bestOf(small));
        }
        assertThat(ratio).as("4× input, time ratio").isLessThan(10.0);
    }

    @Test
    void aVeryLongLineIsCheap() {
        String line = "一、" + "加强党建引领，推进耕地保护和安全生产".repeat(50_000);
        long start = System.nanoTime();
        CLASSIFIER.classifyOrThrow("县审计局2024年工作总结\n" + line + "\n二、存在问题\n三、2025年工作计划\n");
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms for a 1M-character line").isLessThan(5_000);
    }

    private static long bestOf(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            CLASSIFIER.classifyOrThrow(text);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static String compilation() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            sb.append(ClassifierPropertiesTest.GeneratedReport.text(k)).append('\n');
        }
        return sb.toString();
    }
}
