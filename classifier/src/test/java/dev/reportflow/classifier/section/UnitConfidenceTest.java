package dev.reportflow.classifier.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.classifier.Confidence;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.RoutingThresholds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A routed unit's confidence comes from the evidence of its first department: plain headings and
 * many body words are trusted, a fallback to the issuer is a guess below the report threshold.
 */
class UnitConfidenceTest {

    @Test
    void moreBodyEvidenceMeansMoreConfidenceAndAHeadingSaysItPlainly() {
        double weak = UnitConfidence.of(lexicon(5, "2 topic words")).score();
        double strong = UnitConfidence.of(lexicon(20, "6 topic words")).score();
        double heading = UnitConfidence.of(lexicon(9, DepartmentScorer.NAMED_IN_HEADING + "1 topic words")).score();

        assertThat(weak).isGreaterThanOrEqualTo(Confidence.DEFAULT_THRESHOLD).isLessThan(strong);
        assertThat(UnitConfidence.of(lexicon(400, "40 topic words")).score()).isEqualTo(UnitConfidence.MOST_FROM_BODY_WORDS);
        assertThat(heading).isEqualTo(UnitConfidence.NAMED_IN_HEADING);
    }

    @Test
    void aFallbackToAGovernmentIsAGuessBelowTheThresholdAndToALineDepartmentAFairOne() {
        Evidence government = fallbackTo("general_government");
        Evidence line = fallbackTo("water");
        Evidence unassigned = UnitConfidence.of(List.of(new DepartmentMatch("unassigned",
                Evidence.of("department.unassigned", 0, "no topic, no issuer"))));

        assertThat(government.score()).isLessThan(Confidence.DEFAULT_THRESHOLD).isLessThan(line.score());
        assertThat(line.score()).isLessThan(UnitConfidence.SECTION_HEADING);
        assertThat(government.terms()).containsOnlyKeys("department.issuer-fallback");
        assertThat(unassigned.score()).isZero();
    }

    @Test
    void aGovernmentsUnitTakingItsStrongestTopicIsABetterGuessButStillOneAPersonChecks() {
        Evidence strongest = UnitConfidence.of(List.of(new DepartmentMatch("political_legal",
                new Evidence("department.strongest-topic", 3, Map.of("网格化", 1), "1 topic words"))));

        assertThat(strongest.score()).isGreaterThan(fallbackTo("general_government").score())
                .isLessThan(RoutingThresholds.DEFAULT_MIN_UNIT_CONFIDENCE);
        assertThat(strongest.terms()).containsOnlyKeys("department.strongest-topic");
    }

    private static Evidence fallbackTo(String department) {
        return UnitConfidence.of(List.of(new DepartmentMatch(department,
                Evidence.of("department.issuer-fallback", 0, "no topic is convincing"))));
    }

    @Test
    void theUnitsOwnRoutingDecidesNotTheDepartmentsThatJoinedIt() {
        List<DepartmentMatch> joined = List.of(
                new DepartmentMatch("agriculture_rural", new Evidence("department.lexicon", 30, Map.of("乡村振兴", 5), "3 topic words")),
                new DepartmentMatch("water", Evidence.of("department.issuer-line", 0, "a line department's report")));

        assertThat(UnitConfidence.of(joined).score()).isGreaterThan(0.9);
        assertThat(UnitConfidence.of(joined).terms()).containsOnlyKeys("department.lexicon");
    }

    private static List<DepartmentMatch> lexicon(double score, String detail) {
        return List.of(new DepartmentMatch("health", new Evidence("department.lexicon", score, Map.of("卫生健康", 1), detail)));
    }
}
