package dev.reportflow.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sections are matched by line and heading: the four headings of a flattened page (dev document
 * inst-022, all on line 1) are each scored, and a gold heading that was not found is not credited
 * because another heading sits on its line.
 */
class EvaluationSectionMatchTest {

    private static final Path CORPUS = Path.of("..", "corpus");

    @Test
    void everyHeadingOnARunOnLineIsMatchedToItsOwn() throws IOException {
        GoldReport gold = flattenedReport();

        EvalResult r = new Evaluation(Classifier.standard()).run(List.of(gold), CORPUS);

        assertThat(gold.sections()).extracting(GoldReport.GoldSection::line).containsOnly(1);
        assertThat(r.sectionRecall().hits()).isEqualTo(4);
        assertThat(r.sectionRecall().total()).isEqualTo(4);
    }

    @Test
    void aHeadingNotFoundIsMissedThoughAnotherSharesItsLine() throws IOException {
        GoldReport gold = flattenedReport();
        List<GoldReport.GoldSection> sections = new ArrayList<>(gold.sections());
        sections.set(1, new GoldReport.GoldSection("五、不在此文的标题", 1, "REVIEW"));
        GoldReport altered = new GoldReport(gold.file(), gold.title(), gold.startLine(), gold.endLine(), gold.issuerName(),
                gold.issuerLevel(), gold.department(), gold.kind(), gold.years(), sections, false, null, gold.split(),
                gold.genre(), gold.units());

        EvalResult r = new Evaluation(Classifier.standard()).run(List.of(altered), CORPUS);

        assertThat(r.sectionRecall().hits()).isEqualTo(3);
        assertThat(r.misses()).anyMatch(m -> m.contains("section missed at 1 \"五、不在此文的标题\""))
                .anyMatch(m -> m.contains("extra section at 1 \"二、"));
    }

    private static GoldReport flattenedReport() throws IOException {
        return GoldFile.read(CORPUS.resolve("labels").resolve("inst.jsonl")).stream()
                .filter(g -> g.file().equals("documents/inst-022.txt") && "dev".equals(g.split()))
                .findFirst().orElseThrow();
    }
}
