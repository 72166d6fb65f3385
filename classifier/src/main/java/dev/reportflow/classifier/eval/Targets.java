package dev.reportflow.classifier.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures the classifier must reach (issue 3; routed-unit departments from issue 13); the build
 * fails below them. A figure with nothing labelled to count (no gold units) counts as met.
 */
public final class Targets {

    public static final double BOUNDARIES = 1.00;
    public static final double ISSUER_DEPARTMENT = 0.98;
    public static final double ISSUER_LEVEL = 0.95;
    public static final double ISSUER_NAME = 0.90;
    public static final double SECTION_RECALL = 0.95;
    public static final double SECTION_PRECISION = 0.95;
    public static final double ROLE_ACCURACY = 0.95;
    /** Routed units given their main department (see {@link EvalResult}). */
    public static final double UNIT_DEPARTMENTS = 0.90;

    private Targets() {
    }

    /** One line per figure below its target; empty when all are met. */
    public static List<String> shortfalls(EvalResult r) {
        List<String> shortfalls = new ArrayList<>();
        check(shortfalls, "report boundaries", r.boundaries(), BOUNDARIES);
        check(shortfalls, "issuer department", r.issuerDepartment(), ISSUER_DEPARTMENT);
        check(shortfalls, "issuer level", r.issuerLevel(), ISSUER_LEVEL);
        check(shortfalls, "issuer name", r.issuerName(), ISSUER_NAME);
        check(shortfalls, "section recall", r.sectionRecall(), SECTION_RECALL);
        check(shortfalls, "section precision", r.sectionPrecision(), SECTION_PRECISION);
        check(shortfalls, "role accuracy", r.roleAccuracy(), ROLE_ACCURACY);
        check(shortfalls, "routed-unit departments", r.unitDepartments(), UNIT_DEPARTMENTS);
        return shortfalls;
    }

    private static void check(List<String> out, String name, EvalResult.Ratio ratio, double target) {
        if (ratio.value() + 1e-9 < target) {
            out.add(String.format("%s %s is below the target %.0f%%", name, ratio, target * 100));
        }
    }
}
