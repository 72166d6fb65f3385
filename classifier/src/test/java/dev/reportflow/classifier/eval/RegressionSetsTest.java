package dev.reportflow.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The once-unseen held-out sets (see src/test/resources/regression/README.md) stay at the issue-3
 * targets, and their non-reports stay rejected.
 */
class RegressionSetsTest {

    private static final Classifier CLASSIFIER = Classifier.standard();
    private static final Path ROOT = Path.of("src", "test", "resources", "regression");

    @ParameterizedTest(name = "set {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void meetsTheTargets(int set) throws Exception {
        Path gold = ROOT.resolve("set" + set).resolve("gold.jsonl");
        EvalResult result = new Evaluation(CLASSIFIER).run(GoldFile.read(gold), gold.getParent());

        assertThat(result.predictedReports()).as(result.format()).isEqualTo(result.goldReports());
        assertThat(Targets.shortfalls(result)).as(result.format()).isEmpty();
    }

    @ParameterizedTest(name = "set {0}")
    @ValueSource(ints = {1, 2, 3})
    void findsNoReportInANonReport(int set) throws Exception {
        String notice = Files.readString(ROOT.resolve("set" + set).resolve("not-a-report.txt"), StandardCharsets.UTF_8);

        assertThat(CLASSIFIER.classify(notice).reports()).isEmpty();
    }
}
