package dev.reportflow.decision.records;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.RoutedUnit;
import dev.reportflow.classifier.RoutingThresholds;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.Evidence;
import dev.reportflow.schemas.Issuer;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.MatchedTerm;
import dev.reportflow.schemas.OutlineSection;
import dev.reportflow.schemas.OutlineSubsection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.SubmissionIds;
import dev.reportflow.schemas.Topics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a classification into the records the topology writes: one ClassifiedReport per report,
 * and one RoutedSection per routed unit and department it concerns (a delivery). A report whose
 * confidence is below the report threshold is delivered only to unassigned, for a person to
 * triage, with the reason on its ClassifiedReport; a unit whose own confidence is below the unit
 * threshold ({@link RoutingThresholds}) goes there alone, with the reason on its copy, while the
 * report's other units are routed. Plain Java, free of Kafka: the live path and replay build the
 * same records through {@link dev.reportflow.decision.Decider}.
 */
public final class RecordFactory {

    public static final String ISSUER_FALLBACK_RULE = "department.issuer-fallback";
    /** The routingReason of every copy of a report below the report threshold. */
    public static final String LOW_CONFIDENCE = "low-confidence";
    /** The routingReason of a unit below the unit threshold in a report that is routed. */
    public static final String LOW_UNIT_CONFIDENCE = "low-unit-confidence";

    private final Set<String> knownDepartments;
    private final RoutingThresholds thresholds;

    public RecordFactory(Set<String> knownDepartments, RoutingThresholds thresholds) {
        this.knownDepartments = Set.copyOf(knownDepartments);
        this.thresholds = thresholds;
    }

    public List<ClassifiedReport> reports(Classification classification, Submission submission,
                                          KafkaCoordinates source, Instant now) {
        List<ClassifiedReport> records = new ArrayList<>();
        List<Report> reports = classification.reports();
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            records.add(ClassifiedReport.newBuilder()
                    .setReportId(reportId(submission, i))
                    .setSubmissionId(submission.getSubmissionId())
                    .setContentHash(submission.getContentHash())
                    .setSource(source)
                    .setOffice(submission.getOffice())
                    .setFileName(submission.getFileName())
                    .setReceivedAt(submission.getReceivedAt())
                    .setReportIndex(i + 1)
                    .setReportCount(reports.size())
                    .setStartLine(report.startLine())
                    .setEndLine(report.endLine())
                    .setTitle(report.title())
                    .setIssuer(issuer(report.issuer()))
                    .setKind(report.kind())
                    .setYears(report.years())
                    .setOutline(outline(report))
                    .setRoutedCopies(report.routedUnits().stream().mapToInt(u -> destinations(report, u, thresholds.unitWaits(report, u)).size()).sum())
                    .setClassifierVersion(classification.classifierVersion())
                    .setRulesVersion(classification.rulesVersion())
                    .setClassifiedAt(now)
                    .setClaimedSubmissionId(SubmissionIds.claimed(submission))
                    .setConfidence(report.confidence().score())
                    .setConfidenceEvidence(evidence(report.confidence()))
                    .setTriageReason(triageReason(report))
                    // Set, not left to the schema's default: resolving a default array of records makes Avro load
                    // RoutingCorrection by reflection, which only the trust AvroSerde installs allows.
                    .setCorrections(List.of())
                    .build());
        }
        return records;
    }

    public List<RoutedSection> deliveries(Classification classification, Submission submission,
                                          KafkaCoordinates source, Instant now) {
        List<RoutedSection> deliveries = new ArrayList<>();
        List<Report> reports = classification.reports();
        for (int i = 0; i < reports.size(); i++) {
            Report report = reports.get(i);
            String reportId = reportId(submission, i);
            Issuer issuer = issuer(report.issuer());
            for (RoutedUnit unit : report.routedUnits()) {
                String unitId = reportId + "/" + unit.path();
                List<DepartmentAssignment> departments = assignments(unit.departments());
                Evidence roleEvidence = evidence(unit.topLevel().roleEvidence());
                String text = classification.lines(unit.line(), unit.endLine());
                dev.reportflow.classifier.Evidence confidence = RoutingThresholds.unitConfidence(report, unit);
                // Decided once per unit: building its confidence formats its evidence.
                boolean waits = thresholds.unitWaits(report, confidence);
                String unitTriageReason = unitTriageReason(report, waits, confidence);
                for (String destination : destinations(report, unit, waits)) {
                    deliveries.add(RoutedSection.newBuilder()
                            .setUnitId(unitId)
                            .setDeliveryId(unitId + "@" + destination)
                            .setReportId(reportId)
                            .setSubmissionId(submission.getSubmissionId())
                            .setSource(source)
                            .setOffice(submission.getOffice())
                            .setReceivedAt(submission.getReceivedAt())
                            .setIssuer(issuer)
                            .setReportTitle(report.title())
                            .setReportKind(report.kind())
                            .setYears(report.years())
                            .setSectionPath(unit.path())
                            .setTopLevelHeading(unit.topLevel().heading())
                            .setHeading(unit.heading())
                            .setLine(unit.line())
                            .setRole(SectionRole.valueOf(unit.role().name()))
                            .setRoleEvidence(roleEvidence)
                            .setText(text)
                            .setDepartments(departments)
                            .setRoutedTo(destination)
                            .setRoutingReason(reason(report, unit, destination, waits))
                            .setClassifierVersion(classification.classifierVersion())
                            .setRulesVersion(classification.rulesVersion())
                            .setClassifiedAt(now)
                            .setConfidence(confidence.score())
                            .setConfidenceEvidence(evidence(confidence))
                            .setTriageReason(unitTriageReason)
                            // Set, not left to the schema's defaults: the builder resolves a default
                            // for each field left unset on every build.
                            .setRetracted(false)
                            .setCorrection(null)
                            .build());
                }
            }
        }
        return deliveries;
    }

    public static String reportId(Submission submission, int index) {
        return submission.getSubmissionId() + "#" + (index + 1);
    }

    /**
     * The departments a unit goes to: the issuer's department (its supervisors follow every section
     * of the bodies below them), then each department the unit itself concerns. A unit of a report
     * below the report threshold, or itself below the unit threshold, goes to unassigned only, for triage. A code without a topic (unknown to the rules)
     * goes to unassigned rather than nowhere.
     */
    private List<String> destinations(Report report, RoutedUnit unit, boolean waits) {
        if (waits) {
            return List.of(Topics.UNASSIGNED);
        }
        Set<String> destinations = new LinkedHashSet<>();
        destinations.add(known(report.issuer().department()));
        for (DepartmentMatch match : unit.departments()) {
            destinations.add(known(match.department()));
        }
        return List.copyOf(destinations);
    }

    private String known(String department) {
        return knownDepartments.contains(department) ? department : Topics.UNASSIGNED;
    }

    /** Why a report goes to triage, or null when it is routed. */
    private String triageReason(Report report) {
        if (thresholds.reportWaits(report)) {
            return String.format(Locale.ROOT, "confidence %.2f is below the routing threshold %.2f: %s",
                    report.confidence().score(), thresholds.minReportConfidence(), report.confidence().detail());
        }
        return report.issuer().isAssigned() ? null : "no convincing issuer: " + report.issuer().evidence().detail();
    }

    /** Why a unit waits for triage (its report's reason, or its own confidence), or null when it is routed. */
    private String unitTriageReason(Report report, boolean waits, dev.reportflow.classifier.Evidence confidence) {
        if (thresholds.reportWaits(report)) {
            return triageReason(report);
        }
        if (waits) {
            return String.format(Locale.ROOT, "unit confidence %.2f is below the unit routing threshold %.2f: %s",
                    confidence.score(), thresholds.minUnitConfidence(), confidence.detail());
        }
        return null;
    }

    private String reason(Report report, RoutedUnit unit, String destination, boolean waits) {
        if (thresholds.reportWaits(report)) {
            return LOW_CONFIDENCE;
        }
        if (waits) {
            return LOW_UNIT_CONFIDENCE;
        }
        if (Topics.UNASSIGNED.equals(destination)) {
            return "unassigned";
        }
        boolean concernsIt = unit.departments().stream()
                .anyMatch(m -> m.department().equals(destination) && !m.evidence().rule().startsWith(ISSUER_FALLBACK_RULE));
        return concernsIt || !destination.equals(report.issuer().department()) ? "section-department" : "issuer-department";
    }

    private static List<OutlineSection> outline(Report report) {
        return report.sections().stream().map(section -> OutlineSection.newBuilder()
                .setLine(section.line())
                .setHeading(section.heading())
                .setRole(SectionRole.valueOf(section.role().name()))
                .setRoleEvidence(evidence(section.roleEvidence()))
                .setDepartments(assignments(section.departments()))
                .setSubsections(section.subsections().stream().map(sub -> OutlineSubsection.newBuilder()
                        .setLine(sub.line())
                        .setHeading(sub.heading())
                        .setDepartments(assignments(sub.departments()))
                        .build()).toList())
                .build()).toList();
    }

    static Issuer issuer(dev.reportflow.classifier.Issuer issuer) {
        return new Issuer(issuer.name(), issuer.level(), issuer.department(), evidence(issuer.evidence()));
    }

    static List<DepartmentAssignment> assignments(List<DepartmentMatch> matches) {
        return matches.stream().map(m -> new DepartmentAssignment(m.department(), evidence(m.evidence()))).toList();
    }

    static Evidence evidence(dev.reportflow.classifier.Evidence evidence) {
        List<MatchedTerm> terms = evidence.terms().entrySet().stream()
                .map(e -> new MatchedTerm(e.getKey(), e.getValue())).toList();
        return new Evidence(evidence.rule(), evidence.score(), terms, evidence.detail());
    }
}
