package dev.reportflow.classifier;

import dev.reportflow.classifier.section.UnitConfidence;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * When a report, or one routed unit of it, waits for a person on routed.unassigned instead of being
 * routed: the report's confidence against {@code minReportConfidence}, then each unit's confidence
 * ({@link #unitConfidence}) against {@code minUnitConfidence}. Decided here once, so that the pipeline
 * (through decision's RecordFactory), replay, the bench and {@code reportflow eval} send the same
 * units to triage for the same thresholds.
 *
 * @param minReportConfidence {@code reportflow.routing.min-confidence}: a report below it waits, all of it
 * @param minUnitConfidence   {@code reportflow.routing.min-unit-confidence}: a unit below it waits, alone
 */
public record RoutingThresholds(double minReportConfidence, double minUnitConfidence) {

    /**
     * Below this a routed unit waits for triage unless the deployment sets another threshold: the middle of
     * the range (0.25 to 0.50) in which, on the corpus's dev part (classifier 0.12.0), the units sent to
     * triage are all wrong ones (3 of 3; {@code reportflow eval} prints the table). In a routed report
     * it sends the units whose departments are only a people's government's fallback (0.2) or none (0).
     */
    public static final double DEFAULT_MIN_UNIT_CONFIDENCE = 0.35;

    public static final RoutingThresholds DEFAULT =
            new RoutingThresholds(Confidence.DEFAULT_THRESHOLD, DEFAULT_MIN_UNIT_CONFIDENCE);

    public static final String UNIT_CONFIDENCE_RULE = "routing.unit-confidence";

    public boolean reportWaits(Report report) {
        return report.confidence().score() < minReportConfidence;
    }

    /** True when the unit goes to triage: its report does, or the unit alone is too uncertain. */
    public boolean unitWaits(Report report, RoutedUnit unit) {
        return unitWaits(report, unitConfidence(report, unit));
    }

    /** The same, for a unit whose {@link #unitConfidence} the caller has already built. */
    public boolean unitWaits(Report report, Evidence unitConfidence) {
        return reportWaits(report) || unitConfidence.score() < minUnitConfidence;
    }

    /**
     * How sure the classifier is of a routed unit's copies: the lesser of the report's confidence (is it a
     * report, and whose: every copy goes to the issuer's department) and the unit's department confidence
     * ({@link UnitConfidence}: are the unit's own departments right). A copy is as weak as its weaker
     * part. Not their product: the two are rule weights, not calibrated probabilities, and the report's
     * doubt has already been held against its own threshold; multiplied in again, it would make every unit
     * of a report just above that threshold fall below the unit threshold, which would then act as a
     * second, higher report threshold. Measured on the corpus's dev part (classifier 0.12.0, 248 units
     * found, 63 of them in reports that wait): with the product, every unit threshold from 0.30 to 0.45
     * sends only right units to triage (3 to 10 of them) on top of the 3 wrong ones it catches below 0.25;
     * with the lesser, any threshold from 0.25 to 0.50 sends exactly the 3 wrong ones and no right one.
     * The words are the ones that gave the unit its first department, so a clerk sees what the doubt rests on.
     */
    public static Evidence unitConfidence(Report report, RoutedUnit unit) {
        Evidence departments = UnitConfidence.of(unit.departments());
        Evidence lead = unit.departments().get(0).evidence();
        double score = Math.min(report.confidence().score(), departments.score());
        Map<String, Integer> words = new LinkedHashMap<>(lead.terms());
        if (words.isEmpty()) {
            words.put(lead.rule(), 1);
        }
        return new Evidence(UNIT_CONFIDENCE_RULE, score, words, String.format(Locale.ROOT,
                "the lesser of report %.2f and departments %.2f (%s: %s, %s)", report.confidence().score(), departments.score(),
                unit.departments().get(0).department(), lead.rule(), departments.detail()));
    }
}
