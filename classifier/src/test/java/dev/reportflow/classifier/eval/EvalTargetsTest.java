package dev.reportflow.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The acceptance figures: the classifier against the shared dev gold must meet every target of
 * issue 3, and against the project's own samples it must be perfect. The shared folder comes from
 * the system property reportflow.shared.dir (set by surefire), else ../../shared from the module;
 * CI has it beside the clone, so the test never skips.
 */
class EvalTargetsTest {

    private static final Evaluation EVALUATION = new Evaluation(Classifier.standard());

    @Test
    void sharedDevGoldMeetsTheTargets() throws Exception {
        Path gold = sharedDir().resolve("samples/gold-dev.jsonl");
        EvalResult result = EVALUATION.run(GoldFile.read(gold), gold.getParent());
        System.out.println(result.format());
        assertThat(result.predictedReports()).isEqualTo(result.goldReports());
        assertThat(Targets.shortfalls(result)).as(result.format()).isEmpty();
    }

    @Test
    void projectSamplesAreClassifiedPerfectly() throws Exception {
        Path gold = Path.of("..", "samples", "gold.jsonl");
        EvalResult result = EVALUATION.run(GoldFile.read(gold), gold.getParent());
        assertThat(result.misses()).as(result.format()).isEmpty();
    }

    static Path sharedDir() {
        String property = System.getProperty("reportflow.shared.dir");
        Path dir = property != null && !property.isBlank() ? Path.of(property) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(dir.resolve("samples"))) {
            dir = Path.of("..", "..", "shared");
        }
        assertThat(dir.resolve("samples/gold-dev.jsonl")).as("the shared samples beside the clone").exists();
        return dir;
    }
}
