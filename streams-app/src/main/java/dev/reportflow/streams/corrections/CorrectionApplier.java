package dev.reportflow.streams.corrections;

import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.Evidence;
import dev.reportflow.schemas.Issuer;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies one {@link RoutingCorrection} to a report and the current copies of its units: a copy to
 * each department added (routingReason {@value #REASON}), a retraction of each copy whose department
 * is removed, the corrected report with the correction appended to its history. A correction that
 * cannot be applied as a whole is refused with a message for the clerk, and changes nothing; so is
 * one of a decision older than the correction window, whether or not it is forgotten yet, so that the
 * answer does not depend on when the sweep last passed. Plain Java, free of Kafka.
 */
public final class CorrectionApplier {

    /** The routingReason of a copy a correction sent, and the evidence rule of what it changed. */
    public static final String REASON = "correction";

    private final Set<String> knownDepartments;
    private final Duration window;

    /**
     * @param knownDepartments the codes a routed topic exists for, 'unassigned' included
     * @param window           how long after its classification a decision can be corrected
     */
    public CorrectionApplier(Set<String> knownDepartments, Duration window) {
        this.knownDepartments = Set.copyOf(knownDepartments);
        this.window = window;
    }

    public sealed interface Result {
    }

    /**
     * Nothing changes; {@code message} says why, for the clerk. {@code correctionWindow} is set when
     * the decision is older than the window (it never can be corrected), null for any other reason.
     */
    public record Refused(String message, Duration correctionWindow) implements Result {
    }

    /**
     * @param report    the report as it now stands, to write to the classified topic and remember
     * @param outputs   the records for the routed topics: new copies, changed copies and retractions
     * @param current   the copies that are current after the correction (to remember)
     * @param withdrawn the delivery ids that are no longer current (to forget)
     */
    public record Applied(ClassifiedReport report, List<RoutedSection> outputs, List<RoutedSection> current,
                          List<String> withdrawn) implements Result {
    }

    /**
     * @param report        the report as it stands, or null when none of that id is known here
     * @param copiesByUnit  the current copies of each unit the correction concerns (its one unit, or
     *                      every unit of the report), by unit id
     * @param now           when the correction is applied, to hold the report's age against the window
     */
    public Result apply(RoutingCorrection correction, ClassifiedReport report, Map<String, List<RoutedSection>> copiesByUnit,
                        Instant now) {
        if (report != null && report.getClassifiedAt().isBefore(now.minus(window))) {
            return outsideWindow(correction, "classified at " + report.getClassifiedAt());
        }
        String refusal = refusal(correction, report, copiesByUnit);
        if (refusal != null) {
            return new Refused("Correction " + correction.getCorrectionId() + " refused: " + refusal, null);
        }
        RoutingCorrection recorded = withVersions(correction, report);
        Set<String> added = new LinkedHashSet<>(correction.getDepartmentsAdded());
        Set<String> removed = new HashSet<>(correction.getDepartmentsRemoved());
        boolean restated = correction.getRole() != null || correction.getIssuerDepartment() != null
                || correction.getIssuerLevel() != null;
        Issuer issuer = correctedIssuer(report.getIssuer(), recorded);
        List<RoutedSection> outputs = new ArrayList<>();
        List<RoutedSection> current = new ArrayList<>();
        List<String> withdrawn = new ArrayList<>();
        int copies = report.getRoutedCopies();
        for (var unit : copiesByUnit.entrySet()) {
            String unitId = unit.getKey();
            Set<String> receiving = new HashSet<>();
            for (RoutedSection copy : unit.getValue()) {
                receiving.add(copy.getRoutedTo());
                if (removed.contains(copy.getRoutedTo())) {
                    outputs.add(restate(copy, recorded, issuer).setRetracted(true).setRoutingReason(REASON).build());
                    withdrawn.add(copy.getDeliveryId());
                    copies--;
                } else if (restated) {
                    RoutedSection changed = restate(copy, recorded, issuer).build();
                    outputs.add(changed);
                    current.add(changed);
                }
            }
            RoutedSection template = unit.getValue().get(0);
            for (String department : added) {
                if (receiving.contains(department)) {
                    continue;
                }
                RoutedSection copy = restate(template, recorded, issuer)
                        .setRoutedTo(department)
                        .setDeliveryId(unitId + "@" + department)
                        .setRoutingReason(REASON)
                        // a person sent it: it no longer waits, whatever the template waited for
                        .setTriageReason(null)
                        .setDepartments(withDepartment(template.getDepartments(), department, recorded))
                        .build();
                outputs.add(copy);
                current.add(copy);
                copies++;
            }
        }
        List<RoutingCorrection> history = new ArrayList<>(report.getCorrections());
        history.add(recorded);
        ClassifiedReport corrected = ClassifiedReport.newBuilder(report)
                .setIssuer(issuer)
                .setRoutedCopies(copies)
                .setCorrections(history)
                .build();
        return new Applied(corrected, outputs, current, withdrawn);
    }

    /**
     * The refusal of a correction of a report this app routed but has forgotten, its correction
     * window past; {@code when} says when it was received or classified.
     */
    public Refused outsideWindow(RoutingCorrection correction, String when) {
        return new Refused("Correction " + correction.getCorrectionId() + " refused: report " + correction.getReportId() + " ("
                + when + ") is older than the correction window, " + window + " (reportflow.corrections.window): its"
                + " routing can no longer be corrected (the app forgets decisions once their window is past).", window);
    }

    /** Why the correction cannot be applied, or null when it can. */
    private String refusal(RoutingCorrection correction, ClassifiedReport report, Map<String, List<RoutedSection>> copiesByUnit) {
        String reportId = correction.getReportId();
        String unitId = correction.getUnitId();
        if (report == null) {
            return "no report " + reportId + " is known. Check the id (reportflow trace shows a submission's reports);"
                    + " a correction must be keyed by its submission's content hash, as reportflow correct does.";
        }
        if (unitId != null && !unitId.startsWith(reportId + "/")) {
            return "unit " + unitId + " is not a unit of report " + reportId + ".";
        }
        if (copiesByUnit.isEmpty() || unitId != null && !copiesByUnit.containsKey(unitId)) {
            return "report " + reportId + " has no routed unit " + (unitId == null ? "" : unitId) + ".";
        }
        Set<String> codes = new TreeSet<>(correction.getDepartmentsAdded());
        codes.addAll(correction.getDepartmentsRemoved());
        if (correction.getIssuerDepartment() != null) {
            codes.add(correction.getIssuerDepartment());
        }
        codes.removeAll(knownDepartments);
        if (!codes.isEmpty()) {
            return "unknown department code(s) " + String.join(", ", codes) + ".";
        }
        Set<String> both = new TreeSet<>(correction.getDepartmentsAdded());
        both.retainAll(correction.getDepartmentsRemoved());
        if (!both.isEmpty()) {
            return String.join(", ", both) + " both added and removed.";
        }
        if (unitId != null && (correction.getIssuerDepartment() != null || correction.getIssuerLevel() != null)) {
            return "the issuer is the whole report's: correct it without a unit.";
        }
        if (unitId == null && correction.getRole() != null) {
            return "a role is one unit's: name the unit.";
        }
        List<String> applied = report.getCorrections().stream().map(RoutingCorrection::getCorrectionId).toList();
        if (applied.contains(correction.getCorrectionId())) {
            return "a correction with this id was already applied to report " + reportId + ".";
        }
        if (correction.getPreviousCorrectionId() != null && !applied.contains(correction.getPreviousCorrectionId())) {
            return "it corrects correction " + correction.getPreviousCorrectionId() + ", which report " + reportId
                    + " has not had" + (applied.isEmpty() ? "." : " (its corrections: " + String.join(", ", applied) + ").");
        }
        for (String department : correction.getDepartmentsRemoved()) {
            boolean receives = copiesByUnit.values().stream().flatMap(List::stream)
                    .anyMatch(copy -> copy.getRoutedTo().equals(department));
            if (!receives) {
                return department + " does not receive " + (unitId != null ? "unit " + unitId : "any unit of report " + reportId) + ".";
            }
        }
        for (var unit : copiesByUnit.entrySet()) {
            Set<String> after = new LinkedHashSet<>();
            unit.getValue().forEach(copy -> after.add(copy.getRoutedTo()));
            after.removeAll(correction.getDepartmentsRemoved());
            after.addAll(correction.getDepartmentsAdded());
            if (after.isEmpty()) {
                return "unit " + unit.getKey() + " would reach no department: add one (or unassigned).";
            }
        }
        return null;
    }

    /** The correction as recorded: the versions of the decision it corrects, when its sender did not say. */
    private static RoutingCorrection withVersions(RoutingCorrection correction, ClassifiedReport report) {
        RoutingCorrection.Builder recorded = RoutingCorrection.newBuilder(correction);
        if (correction.getCorrectsClassifierVersion().isEmpty()) {
            recorded.setCorrectsClassifierVersion(report.getClassifierVersion());
        }
        if (correction.getCorrectsRulesVersion().isEmpty()) {
            recorded.setCorrectsRulesVersion(report.getRulesVersion());
        }
        return recorded.build();
    }

    /** A copy carrying the correction, with the corrected role and issuer. */
    private static RoutedSection.Builder restate(RoutedSection copy, RoutingCorrection correction, Issuer issuer) {
        RoutedSection.Builder builder = RoutedSection.newBuilder(copy).setCorrection(correction).setIssuer(issuer);
        if (correction.getRole() != null) {
            builder.setRole(correction.getRole()).setRoleEvidence(evidence(correction, "role set"));
        }
        return builder;
    }

    private static Issuer correctedIssuer(Issuer issuer, RoutingCorrection correction) {
        if (correction.getIssuerDepartment() == null && correction.getIssuerLevel() == null) {
            return issuer;
        }
        return Issuer.newBuilder(issuer)
                .setDepartment(correction.getIssuerDepartment() != null ? correction.getIssuerDepartment() : issuer.getDepartment())
                .setLevel(correction.getIssuerLevel() != null ? correction.getIssuerLevel() : issuer.getLevel())
                .setEvidence(evidence(correction, "issuer set"))
                .build();
    }

    /** The unit's departments with the added one, its evidence naming who added it and why. */
    private static List<DepartmentAssignment> withDepartment(List<DepartmentAssignment> departments, String department,
                                                             RoutingCorrection correction) {
        Map<String, DepartmentAssignment> byCode = new LinkedHashMap<>();
        departments.forEach(assignment -> byCode.put(assignment.getDepartment(), assignment));
        byCode.putIfAbsent(department, new DepartmentAssignment(department, evidence(correction, "added")));
        return List.copyOf(byCode.values());
    }

    private static Evidence evidence(RoutingCorrection correction, String what) {
        return new Evidence(REASON, 1.0, List.of(), what + " by " + correction.getBy() + " at " + correction.getAt()
                + " (correction " + correction.getCorrectionId() + "): " + correction.getReason());
    }
}
