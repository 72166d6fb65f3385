package dev.reportflow.classifier.eval;

import dev.reportflow.classifier.RoutingThresholds;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one evaluation and every miss behind them. {@code issuerName} compares names as
 * bodies ({@link IssuerNames}: XX镇 ≡ XX镇人民政府) and is the figure held to the target;
 * {@code issuerNameExact} compares the strings. {@code reportsKept} counts gold reports in files
 * where the classifier found any report (the rest were turned away as no report);
 * {@code negativesCaught} counts non-reports (gold {@code not_a_report}) in which it found no report
 * at or above the report threshold (rejected, or sent to triage). {@code confident}
 * counts matched reports at or above the report threshold, and {@code confidentRight} / {@code doubtfulRight}
 * how many of those above and below it have both issuer department and level right.
 * {@code unitDepartments} counts the hand-labelled routed units that were found and given their main
 * (first) gold department among theirs, the figure held to the target; {@code unitDepartmentSets}
 * those given exactly the gold's departments; {@code unitsFound} those found at all (the rest are
 * outline misses). {@code unitBreakdown} splits the found units' main-department figure by the rule that
 * gave each unit its first department (department.lexicon, department.issuer-fallback …) and by whether
 * the {@code thresholds} route the unit or send it to triage: how far each kind of evidence can be trusted;
 * {@code unitTriage} keeps each found unit's confidence, so that the table of other unit thresholds is printed.
 */
public record EvalResult(int goldReports, int predictedReports, Ratio boundaries, Ratio issuerName, Ratio issuerLevel,
                         Ratio issuerDepartment, Ratio sectionRecall, Ratio sectionPrecision, Ratio roleAccuracy,
                         Ratio kind, Ratio years, List<String> misses, String classifierVersion, String rulesVersion,
                         Ratio issuerNameExact, Ratio reportsKept, Ratio negativesCaught, RoutingThresholds thresholds,
                         Ratio confident, Ratio confidentRight, Ratio doubtfulRight, Ratio unitDepartments,
                         Ratio unitDepartmentSets, Ratio unitsFound, Map<String, Ratio> unitBreakdown,
                         List<UnitTriage> unitTriage) {

    /** The unit thresholds of the table that shows what another {@code min-unit-confidence} would do. */
    static final double[] UNIT_THRESHOLDS = {0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7};

    public EvalResult {
        misses = List.copyOf(misses);
        unitBreakdown = Collections.unmodifiableMap(new LinkedHashMap<>(unitBreakdown));
        unitTriage = List.copyOf(unitTriage);
    }

    /**
     * A found gold unit as routing sees it: its confidence ({@link RoutingThresholds#unitConfidence}), whether
     * its report waits for triage whatever the unit's confidence, and whether its main department was right.
     */
    public record UnitTriage(double confidence, boolean reportWaits, boolean right) {
    }

    /** The name of the units' breakdown row for the units routed, or for those sent to triage. */
    static String unitBand(boolean routed, RoutingThresholds thresholds) {
        return routed ? String.format("routed (report >= %.2f, unit >= %.2f)", thresholds.minReportConfidence(),
                thresholds.minUnitConfidence())
                : String.format("to triage (report < %.2f or unit < %.2f)", thresholds.minReportConfidence(),
                thresholds.minUnitConfidence());
    }

    /** hits of total; 1 when there is nothing to count. */
    public record Ratio(int hits, int total) {

        public double value() {
            return total == 0 ? 1.0 : (double) hits / total;
        }

        @Override
        public String toString() {
            return String.format("%d/%d (%.1f%%)", hits, total, value() * 100);
        }
    }

    /** The compact table the eval command prints, then the misses. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("classifier %s, rules %s: %d gold reports, %d found%n", classifierVersion, rulesVersion,
                goldReports, predictedReports));
        sb.append("  naming: ").append(IssuerNames.CONVENTION).append(System.lineSeparator());
        sb.append("  the name target is measured on the normalised figure (same body: XX镇 ≡ XX镇人民政府 ≡ 镇, "
                + "XX街道 ≡ XX街道办事处, XX社区 ≡ XX社区居民委员会, XX镇XX村村民委员会 ≡ XX村, XX县… ≡ 县…, "
                + "长治市司法局 ≡ 市司法局, 县卫健委 ≡ 县卫生健康委员会, 团区委 ≡ 区团委)")
                .append(System.lineSeparator());
        if (negativesCaught.total() > 0 || reportsKept.hits() < reportsKept.total()) {
            row(sb, "reports not turned away", reportsKept, -1);
            row(sb, "non-reports caught", negativesCaught, -1);
        }
        row(sb, "report boundaries (exact)", boundaries, Targets.BOUNDARIES);
        double threshold = thresholds.minReportConfidence();
        sb.append(String.format("  confidence >= %.2f (routed)      %14s          issuer dept+level right %s%n", threshold,
                confident.hits() + "/" + confident.total(), confidentRight));
        sb.append(String.format("  confidence <  %.2f (to triage)   %14s          issuer dept+level right %s%n", threshold,
                (confident.total() - confident.hits()) + "/" + confident.total(), doubtfulRight));
        row(sb, "issuer name (normalised)", issuerName, Targets.ISSUER_NAME);
        row(sb, "issuer name (exact string)", issuerNameExact, -1);
        row(sb, "issuer level", issuerLevel, Targets.ISSUER_LEVEL);
        row(sb, "issuer department", issuerDepartment, Targets.ISSUER_DEPARTMENT);
        row(sb, "section recall", sectionRecall, Targets.SECTION_RECALL);
        row(sb, "section precision", sectionPrecision, Targets.SECTION_PRECISION);
        row(sb, "role accuracy", roleAccuracy, Targets.ROLE_ACCURACY);
        if (unitDepartments.total() == 0) {
            sb.append(String.format("  %-27s %14s          no labelled units%n", "routed-unit departments", "-"));
        } else {
            row(sb, "routed-unit departments", unitDepartments, Targets.UNIT_DEPARTMENTS);
            row(sb, "routed-unit depts (same set)", unitDepartmentSets, -1);
            row(sb, "routed units found (outline)", unitsFound, -1);
            unitBreakdown.forEach((part, r) -> row(sb, "  " + part, r, -1));
            unitThresholds(sb);
        }
        row(sb, "report kind", kind, -1);
        row(sb, "years", years, -1);
        List<String> shortfalls = Targets.shortfalls(this);
        sb.append(shortfalls.isEmpty() ? "targets: all met" : "targets: NOT met: " + String.join("; ", shortfalls))
                .append(System.lineSeparator());
        sb.append(String.format("misses (%d):%n", misses.size()));
        misses.forEach(m -> sb.append("  ").append(m).append(System.lineSeparator()));
        return sb.toString();
    }

    /**
     * What each unit threshold would do to the found units (their report's threshold held): how many are
     * routed and how many of those are right, how many wait for triage and how many of those are wrong.
     */
    private void unitThresholds(StringBuilder sb) {
        long reportWaits = unitTriage.stream().filter(UnitTriage::reportWaits).count();
        sb.append(String.format("  units by min-unit-confidence (configured %.2f; %d units wait with their report, "
                + "below %.2f, at any unit threshold):%n", thresholds.minUnitConfidence(), reportWaits, thresholds.minReportConfidence()));
        sb.append("    threshold  routed  right among routed    to triage  wrong among them\n");
        for (double t : UNIT_THRESHOLDS) {
            int routed = 0;
            int routedRight = 0;
            int waiting = 0;
            int waitingWrong = 0;
            for (UnitTriage u : unitTriage) {
                if (u.reportWaits() || u.confidence() < t) {
                    waiting++;
                    waitingWrong += u.right() ? 0 : 1;
                } else {
                    routed++;
                    routedRight += u.right() ? 1 : 0;
                }
            }
            sb.append(String.format("    %9.2f  %6d  %18s  %11d  %16d%n", t, routed,
                    new Ratio(routedRight, routed), waiting, waitingWrong));
        }
    }

    private static void row(StringBuilder sb, String name, Ratio r, double target) {
        sb.append(String.format("  %-27s %14s %7.1f%%  %s%n", name, r.hits() + "/" + r.total(), r.value() * 100,
                target < 0 ? "" : String.format("target %.0f%% %s", target * 100, r.value() + 1e-9 >= target ? "ok" : "MISSED")));
    }
}
