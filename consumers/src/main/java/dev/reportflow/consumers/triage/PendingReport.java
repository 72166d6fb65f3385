package dev.reportflow.consumers.triage;

import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.Issuer;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.Topics;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A report with units waiting on {@code routed.unassigned}, and its newest classification. The
 * classification is null when {@code reports.classified} no longer holds the report (retention,
 * a deleted topic): the units, which carry the report's office, title and issuer, stand in for it.
 */
public record PendingReport(String reportId, ClassifiedReport classified, List<RoutedSection> units) {

    public Instant receivedAt() {
        return classified != null ? classified.getReceivedAt() : units.get(0).getReceivedAt();
    }

    public String office() {
        return classified != null ? classified.getOffice() : units.get(0).getOffice();
    }

    public String title() {
        return classified != null ? classified.getTitle() : units.get(0).getReportTitle();
    }

    /** The newest record's issuer: a correction of the issuer shows in the classification, not in copies sent before it. */
    public Issuer issuer() {
        return classified != null ? classified.getIssuer() : units.get(0).getIssuer();
    }

    /**
     * Where the classifier would have sent the unit had it been sure: the issuer's department, then
     * the departments the unit's evidence names, highest score first (the order the streams app
     * routes in). Empty when it has no guess.
     */
    public List<String> bestGuess(RoutedSection unit) {
        Set<String> departments = new LinkedHashSet<>();
        departments.add(issuer().getDepartment());
        unit.getDepartments().stream()
                .sorted(Comparator.comparingDouble((DepartmentAssignment d) -> d.getEvidence().getScore()).reversed())
                .forEach(d -> departments.add(d.getDepartment()));
        departments.remove(Topics.UNASSIGNED);
        return List.copyOf(departments);
    }
}
