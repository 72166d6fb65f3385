package dev.reportflow.consumers.suggest;

import dev.reportflow.decision.Outcome;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import java.util.List;

/**
 * One routing correction beside the submission it corrects, checked and decided again by the decision
 * core with today's rules: what a proposed rule must change.
 *
 * @param accepted the submission as the pipeline accepted it (decoded text, content hash)
 * @param today    its reports and deliveries with today's rules, before any proposed rule
 */
record CorrectedCase(RoutingCorrection correction, Outcome.Accepted accepted, Outcome.Classified today) {

    /** The copies a correction concerns: of its unit, or of every unit of its report. */
    List<RoutedSection> concerned(Outcome.Classified outcome) {
        return outcome.deliveries().stream().filter(this::concerns).toList();
    }

    /** The other units' copies of the same report. */
    List<RoutedSection> others(Outcome.Classified outcome) {
        return outcome.deliveries().stream()
                .filter(d -> d.getReportId().equals(correction.getReportId()) && !concerns(d)).toList();
    }

    /** The issuer department the report gets in {@code outcome}, or null when it holds no such report. */
    String issuerDepartment(Outcome.Classified outcome) {
        return outcome.reports().stream().filter(r -> r.getReportId().equals(correction.getReportId()))
                .map(r -> r.getIssuer().getDepartment()).findFirst().orElse(null);
    }

    /**
     * Whether {@code outcome} routes as the correction asked: every department added receives the
     * corrected unit(s), no department removed does, and the issuer is the corrected one.
     */
    boolean fixedBy(Outcome outcome) {
        if (!(outcome instanceof Outcome.Classified classified)) {
            return false;
        }
        List<RoutedSection> copies = concerned(classified);
        if (copies.isEmpty()) {
            return false;
        }
        for (String added : correction.getDepartmentsAdded()) {
            if (copies.stream().map(RoutedSection::getUnitId).distinct()
                    .anyMatch(unit -> copies.stream().noneMatch(c -> c.getUnitId().equals(unit) && c.getRoutedTo().equals(added)))) {
                return false;
            }
        }
        if (copies.stream().anyMatch(c -> correction.getDepartmentsRemoved().contains(c.getRoutedTo()))) {
            return false;
        }
        return correction.getIssuerDepartment() == null
                || correction.getIssuerDepartment().equals(issuerDepartment(classified));
    }

    private boolean concerns(RoutedSection delivery) {
        return correction.getUnitId() != null ? delivery.getUnitId().equals(correction.getUnitId())
                : delivery.getReportId().equals(correction.getReportId());
    }
}
