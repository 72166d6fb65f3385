package dev.reportflow.classifier.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.RoutingThresholds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dev part of the real corpus (corpus/, public documents with provenance, 194 reports since
 * more6.jsonl was added) held at the figures the classifier reaches on it, so that no later change
 * quietly loses them. The floors of issuer department and name, kind, years, units found and unit
 * department sets were set again when more2.jsonl's 27 dev documents came in (the data changed, not
 * the classifier: on them alone 0.10.0 scored name 53 %, department 79 %, out of sample); all but
 * reports kept, boundaries, roles and years were set again when more3.jsonl's 20 dev documents came
 * in (docs/corpus-scores/dev-more3-classifier-0.11.0.txt); and all but reports kept, section recall,
 * units found and unit confidence were set again to what classifier 0.12.0 measures when
 * more4.jsonl's 21 dev documents came in (classifier unchanged; on them alone, out of sample:
 * department 69 %, level 81 %, name 69 %, boundaries 15/16, section precision 46 %, roles 82 %,
 * unit departments 70 %, docs/corpus-scores/dev-more4-classifier-0.12.0.txt); and set again to what
 * classifier 0.13.0 measures when more5.jsonl's 23 dev documents (12 reports, 11 hard negatives, 28 units)
 * came in (data changed, classifier unchanged: reports 173 → 185, units 286 → 314; negatives caught 0.91 →
 * 0.88, boundaries 0.99 → 0.98, department 0.89 → 0.88, name 0.87 → 0.85, exact name 0.72 → 0.71, section
 * precision 0.87 → 0.86, kind 0.82 → 0.81, units found 0.94 → 0.92, unit departments 0.86 → 0.85, unit
 * department sets 0.57 → 0.56, section recall 0.98 → 0.96 (220/228);
 * docs/corpus-scores/dev-more5-classifier-0.13.0.txt); and set again to what classifier 0.13.0 measures when
 * more6.jsonl's 18 dev documents (9 reports: schools, a hospital, health bureaus, an enterprise; 9 hard
 * negatives; 14 units) came in (data changed, classifier unchanged: reports 185 → 194, units 314 → 328;
 * negatives caught 52/59 → 59/68 (0.88 → 0.86: two of more6's nine negatives are taken for reports), kind
 * 0.81 → 0.79 and years 0.88 → 0.86 (openness reports read as plain summaries without their school
 * years), unit department sets 0.56 → 0.55 (the issuer's department added to 政务公开 units), units found
 * 0.93 (306/328); docs/corpus-scores/dev-more6-classifier-0.13.0.txt). These floors are
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

        assertThat(r.goldReports()).as("the dev part's reports").isGreaterThanOrEqualTo(194);
        assertThat(r.reportsKept().value()).as("no real report turned away\n" + r.format()).isEqualTo(1.0);
        // 59/68 with more6; 57/68 with issuer5 (58/68 with outline5): courts are bodies now, so two news items about a court's congress report
        // (more5-024, more5-034, held out of issuer5's tuning) read as the court's report
        assertThat(r.negativesCaught().value()).as(r.format()).isGreaterThanOrEqualTo(0.85);
        assertThat(r.boundaries().value()).as("report boundaries exact (172/173 since more4, 182/185 with more5, 191/194 with more6, 192/194 with outline5)\n" + r.format()).isGreaterThanOrEqualTo(0.98);
        // issuer5's rules (courts, unit words, party organisations, vocabulary-only …): department 155 → 163/173,
        // level 159 → 160, name 151 → 159 before more5/more6; 181, 179, 173/194 with them
        assertThat(r.issuerDepartment().value()).as(r.format()).isGreaterThanOrEqualTo(0.93);
        assertThat(r.issuerLevel().value()).as(r.format()).isGreaterThanOrEqualTo(0.92);
        assertThat(r.issuerName().value()).as(r.format()).isGreaterThanOrEqualTo(0.89);
        // the name as the text writes it (its script, its mask): 113/157 since the issuer is chosen among candidates, 122/173 with more4, 126/173 with issuer4's own-name rules, 132/185 with more5, 139/194 with more6, 147/194 with issuer5's
        assertThat(r.issuerNameExact().value()).as(r.format()).isGreaterThanOrEqualTo(0.75);
        assertThat(r.sectionRecall().value()).as(r.format()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.sectionPrecision().value()).as(r.format()).isGreaterThanOrEqualTo(0.92);
        assertThat(r.roleAccuracy().value()).as(r.format()).isGreaterThanOrEqualTo(0.98);
        assertThat(r.kind().value()).as(r.format()).isGreaterThanOrEqualTo(0.80);
        assertThat(r.years().value()).as(r.format()).isGreaterThanOrEqualTo(0.86);
        assertThat(r.unitDepartments().total()).as("the hand-read routed units").isGreaterThanOrEqualTo(328);
        assertThat(r.unitsFound().value()).as(r.format()).isGreaterThanOrEqualTo(0.94);
        assertThat(r.unitDepartments().value()).as(r.format()).isGreaterThanOrEqualTo(0.88);
        assertThat(r.unitDepartmentSets().value()).as(r.format()).isGreaterThanOrEqualTo(0.62);
        // a unit's confidence tells trusted routing from a guess: with the default thresholds (report 0.50, unit 0.35)
        // measured 177/182 of the routed units right, 56/66 of those sent to triage (dev with more3); 186/191, 63/78 with more4; 188/194, 61/76 with outline4 (more3-005's report found whole); 201/207, 66/85 with more5; 210/216, 71/90 with more6; 210/216, 74/90 with units5; 217/223, 68/83 with issuer5; 220/226, 68/83 with outline5; 221/226, 68/83 with units6
        String routed = EvalResult.unitBand(true, RoutingThresholds.DEFAULT);
        String toTriage = EvalResult.unitBand(false, RoutingThresholds.DEFAULT);
        assertThat(r.unitBreakdown().get(routed).value()).as(r.format()).isGreaterThanOrEqualTo(0.97);
        assertThat(r.unitBreakdown().get(toTriage).value()).as(r.format())
                .isLessThan(r.unitBreakdown().get(routed).value());
    }
}
