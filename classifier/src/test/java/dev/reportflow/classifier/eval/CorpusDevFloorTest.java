package dev.reportflow.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dev part of the real corpus (corpus/, public documents with provenance, 157 reports since
 * more3.jsonl was added) held at the figures the classifier reaches on it, so that no later change
 * quietly loses them. The floors of issuer department and name, kind, years, units found and unit
 * department sets were set again when more2.jsonl's 27 dev documents came in (the data changed, not
 * the classifier: on them alone 0.10.0 scored name 53 %, department 79 %, out of sample); all but
 * reports kept, boundaries, roles and years were set again to the figures measured when more3.jsonl's
 * 20 dev documents came in (classifier 0.11.0 unchanged; on them alone, out of
 * sample: department 67 %, level 87 %, name 73 %, section precision 32 %, unit departments 67 %,
 * docs/corpus-scores/dev-more3-classifier-0.11.0.txt). These floors are
 * what was measured, not the targets (95 % and more), which it does not yet meet on real
 * text; raise them as the classifier improves. The blind part is never read here: it is scored by
 * hand once per release (docs/corpus-scores/).
 */
class CorpusDevFloorTest {

    private static final Path CORPUS = Path.of("..", "corpus");

    @Test
    void theDevPartOfTheRealCorpusStaysAtItsMeasuredFloor() throws IOException {
        List<GoldReport> dev = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS.resolve("labels"))) {
            for (Path labels : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                GoldFile.read(labels).stream().filter(g -> "dev".equals(g.split())).forEach(dev::add);
            }
        }
        EvalResult r = new Evaluation(Classifier.standard()).run(dev, CORPUS);
        System.out.println(r.format());

        assertThat(r.goldReports()).as("the dev part's reports").isGreaterThanOrEqualTo(157);
        assertThat(r.reportsKept().value()).as("no real report turned away\n" + r.format()).isEqualTo(1.0);
        assertThat(r.negativesCaught().value()).as(r.format()).isGreaterThanOrEqualTo(0.93);
        assertThat(r.boundaries().value()).as("report boundaries exact\n" + r.format()).isEqualTo(1.0);
        assertThat(r.issuerDepartment().value()).as(r.format()).isGreaterThanOrEqualTo(0.91);
        assertThat(r.issuerLevel().value()).as(r.format()).isGreaterThanOrEqualTo(0.92);
        assertThat(r.issuerName().value()).as(r.format()).isGreaterThanOrEqualTo(0.85);
        // the name as the text writes it (its script, its mask): 113/157 since the issuer is chosen among candidates
        assertThat(r.issuerNameExact().value()).as(r.format()).isGreaterThanOrEqualTo(0.71);
        assertThat(r.sectionRecall().value()).as(r.format()).isGreaterThanOrEqualTo(0.98);
        // 190/200 since a compilation's contents no longer count as sections (outline4)
        assertThat(r.sectionPrecision().value()).as(r.format()).isGreaterThanOrEqualTo(0.95);
        assertThat(r.roleAccuracy().value()).as(r.format()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.kind().value()).as(r.format()).isGreaterThanOrEqualTo(0.83);
        assertThat(r.years().value()).as(r.format()).isGreaterThanOrEqualTo(0.89);
        assertThat(r.unitDepartments().total()).as("the hand-read routed units").isGreaterThanOrEqualTo(263);
        assertThat(r.unitsFound().value()).as(r.format()).isGreaterThanOrEqualTo(0.94);
        assertThat(r.unitDepartments().value()).as(r.format()).isGreaterThanOrEqualTo(0.88);
        assertThat(r.unitDepartmentSets().value()).as(r.format()).isGreaterThanOrEqualTo(0.60);
        // a unit's confidence tells trusted routing from a guess: measured 233/241 above 0.5, 0/7 below (dev with more3)
        assertThat(r.unitBreakdown().get("confidence >= 0.50").value()).as(r.format()).isGreaterThanOrEqualTo(0.96);
        assertThat(r.unitBreakdown().get("confidence <  0.50").value()).as(r.format())
                .isLessThan(r.unitBreakdown().get("confidence >= 0.50").value());
    }
}
