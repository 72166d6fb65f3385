package dev.reportflow.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.eval.OutlineAnomalies.Anomaly;
import dev.reportflow.classifier.eval.OutlineAnomalies.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outline anomalies found without labels, on real documents of the corpus's dev part. */
class OutlineAnomaliesTest {

    private static final Classifier CLASSIFIER = Classifier.standard();

    @Test
    void aCountThatStartsAgainIsFound() throws IOException {
        assertThat(anomalies("base-029")).extracting(Anomaly::kind, Anomaly::line, Anomaly::detail)
                .contains(tuple(Kind.NUMBER_RESTARTS, 18, "2 → 1"));
    }

    @Test
    void aCountThatGoesOnPastTheTextASiteHidesIsAFindingToRead() throws IOException {
        // extra-055: "一、…此处隐藏18632个字…" over "五、…": a true skip of the page, not of the outline
        assertThat(anomalies("extra-055")).extracting(Anomaly::kind).contains(Kind.NUMBER_SKIPS);
    }

    @Test
    void aHeadingThatIsOnlyAYearIsFound() throws IOException {
        assertThat(anomalies("dept-013")).extracting(Anomaly::kind, Anomaly::detail)
                .contains(tuple(Kind.FIGURE_HEADING, "一、2022年"));
    }

    @Test
    void aTextThatCounts一To二WhileItsOutlineHasOneUnnumberedHeadingIsFound() throws IOException {
        assertThat(anomalies("more2-014")).extracting(Anomaly::kind).contains(Kind.FEW_SECTIONS, Kind.MISSED_TOP_LEVEL);
    }

    @Test
    void aWellReadOutlineHasNone() throws IOException {
        assertThat(anomalies("base-010")).isEmpty();
    }

    private static List<Anomaly> anomalies(String id) throws IOException {
        Classification c = CLASSIFIER.classify(Files.readString(Path.of("..", "corpus", "documents", id + ".txt"),
                StandardCharsets.UTF_8));
        return OutlineAnomalies.of(c);
    }
}
