package dev.reportflow.consumers.replay;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.RoutedUnit;
import dev.reportflow.classifier.Section;
import dev.reportflow.documents.DocumentText;
import dev.reportflow.consumers.replay.Decision.ReportDecision;
import dev.reportflow.consumers.replay.Decision.SectionDecision;
import dev.reportflow.consumers.replay.Decision.UnitDecision;
import dev.reportflow.consumers.replay.Decision.Why;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.Evidence;
import dev.reportflow.schemas.Issuer;
import dev.reportflow.schemas.MatchedTerm;
import dev.reportflow.schemas.OutlineSection;
import dev.reportflow.schemas.OutlineSubsection;
import dev.reportflow.schemas.Rejection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@link Decision}s from what was recorded and from a new classification. */
final class Decisions {

    private Decisions() {
    }

    static Decision none() {
        return new Decision(Decision.NONE, null, "", "", List.of());
    }

    static Decision rejected(Rejection rejection) {
        return new Decision(Decision.REJECTED, rejection.getReason().name(), rejection.getClassifierVersion(),
                rejection.getRulesVersion(), List.of());
    }

    /** The decision recorded on reports.classified for one submission (its reports, in any order). */
    static Decision recorded(List<ClassifiedReport> reports) {
        List<ClassifiedReport> ordered = reports.stream().sorted(Comparator.comparing(ClassifiedReport::getReportIndex)).toList();
        List<ReportDecision> decisions = ordered.stream().map(Decisions::recordedReport).toList();
        ClassifiedReport first = ordered.get(0);
        return new Decision(Decision.CLASSIFIED, null, first.getClassifierVersion(), first.getRulesVersion(), decisions);
    }

    /** What today's classifier decides: a decode failure or an empty result is a rejection, as in the pipeline. */
    static Decision replayed(DocumentText document, Classification classification, String classifierVersion,
                             String rulesVersion) {
        if (!document.isOk()) {
            return new Decision(Decision.REJECTED, document.failure().rejectionReason(), classifierVersion, rulesVersion, List.of());
        }
        if (classification.reports().isEmpty()) {
            return new Decision(Decision.REJECTED, "NOT_A_REPORT", classification.classifierVersion(),
                    classification.rulesVersion(), List.of());
        }
        List<ReportDecision> reports = new ArrayList<>();
        for (int i = 0; i < classification.reports().size(); i++) {
            reports.add(replayedReport(i + 1, classification.reports().get(i)));
        }
        return new Decision(Decision.CLASSIFIED, null, classification.classifierVersion(), classification.rulesVersion(),
                reports);
    }

    private static ReportDecision recordedReport(ClassifiedReport report) {
        Issuer issuer = report.getIssuer();
        List<SectionDecision> sections = new ArrayList<>();
        List<UnitDecision> units = new ArrayList<>();
        List<OutlineSection> outline = report.getOutline();
        for (int s = 0; s < outline.size(); s++) {
            OutlineSection section = outline.get(s);
            String path = String.valueOf(s + 1);
            sections.add(new SectionDecision(path, section.getHeading(), section.getRole().name(), why(section.getRoleEvidence())));
            if (section.getSubsections().isEmpty()) {
                units.add(new UnitDecision(path, section.getHeading(), recordedDepartments(section.getDepartments(), issuer)));
            }
            for (int u = 0; u < section.getSubsections().size(); u++) {
                OutlineSubsection sub = section.getSubsections().get(u);
                units.add(new UnitDecision(path + "." + (u + 1), sub.getHeading(), recordedDepartments(sub.getDepartments(), issuer)));
            }
        }
        return new ReportDecision(report.getReportIndex(), report.getTitle(), issuer.getName(), issuer.getLevel(),
                issuer.getDepartment(), why(issuer.getEvidence()), report.getKind(), report.getYears(), sections, units);
    }

    /**
     * The outline may list no department for a unit; it was then routed by the same fallback the
     * classifier's routed units apply (issuer department, else unassigned), so compare with that.
     */
    private static Map<String, Why> recordedDepartments(List<DepartmentAssignment> assignments, Issuer issuer) {
        Map<String, Why> departments = new LinkedHashMap<>();
        assignments.forEach(a -> departments.put(a.getDepartment(), why(a.getEvidence())));
        if (departments.isEmpty()) {
            departments.put(issuer.getDepartment(), new Why("issuer-department", 0, Map.of(), "fallback to the issuer"));
        }
        return departments;
    }

    private static ReportDecision replayedReport(int index, Report report) {
        List<SectionDecision> sections = new ArrayList<>();
        List<Section> outline = report.sections();
        for (int s = 0; s < outline.size(); s++) {
            Section section = outline.get(s);
            sections.add(new SectionDecision(String.valueOf(s + 1), section.heading(), section.role().name(),
                    why(section.roleEvidence())));
        }
        List<UnitDecision> units = new ArrayList<>();
        for (RoutedUnit unit : report.routedUnits()) {
            Map<String, Why> departments = new LinkedHashMap<>();
            for (DepartmentMatch match : unit.departments()) {
                departments.put(match.department(), why(match.evidence()));
            }
            units.add(new UnitDecision(unit.path(), unit.heading(), departments));
        }
        dev.reportflow.classifier.Issuer issuer = report.issuer();
        return new ReportDecision(index, report.title(), issuer.name(), issuer.level(), issuer.department(),
                why(issuer.evidence()), report.kind(), report.years(), sections, units);
    }

    private static Why why(Evidence evidence) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        for (MatchedTerm term : evidence.getTerms()) {
            terms.put(term.getTerm(), term.getCount());
        }
        return new Why(evidence.getRule(), evidence.getScore(), terms, evidence.getDetail());
    }

    private static Why why(dev.reportflow.classifier.Evidence evidence) {
        return new Why(evidence.rule(), evidence.score(), new LinkedHashMap<>(evidence.terms()), evidence.detail());
    }
}
