package dev.reportflow.consumers.replay;

import dev.reportflow.consumers.replay.Decision.ReportDecision;
import dev.reportflow.consumers.replay.Decision.SectionDecision;
import dev.reportflow.consumers.replay.Decision.UnitDecision;
import dev.reportflow.consumers.replay.Decision.Why;
import dev.reportflow.decision.Outcome;
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

/**
 * Builds {@link Decision}s from records: those recorded at the time, and those the decision core
 * ({@link dev.reportflow.decision.Decider}) makes today, through the same mapping.
 */
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

    /** The decision core's outcome, in the same shape as a recorded one (from the same records). */
    static Decision of(Outcome outcome) {
        if (outcome instanceof Outcome.Rejected rejected) {
            return rejected(rejected.rejection());
        }
        return recorded(((Outcome.Classified) outcome).reports());
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
                units.add(new UnitDecision(path, section.getHeading(), departments(section.getDepartments())));
            }
            for (int u = 0; u < section.getSubsections().size(); u++) {
                OutlineSubsection sub = section.getSubsections().get(u);
                units.add(new UnitDecision(path + "." + (u + 1), sub.getHeading(), departments(sub.getDepartments())));
            }
        }
        return new ReportDecision(report.getReportIndex(), report.getTitle(), issuer.getName(), issuer.getLevel(),
                issuer.getDepartment(), why(issuer.getEvidence()), report.getKind(), report.getYears(), report.getTriageReason(),
                sections, units);
    }

    /**
     * The departments a unit's own text concerns, as its report records them. A unit that concerns
     * none goes with its issuer's department, which the report names: both sides of a comparison come
     * from the same records, so that is compared there, not guessed here.
     */
    private static Map<String, Why> departments(List<DepartmentAssignment> assignments) {
        Map<String, Why> departments = new LinkedHashMap<>();
        assignments.forEach(a -> departments.put(a.getDepartment(), why(a.getEvidence())));
        return departments;
    }

    private static Why why(Evidence evidence) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        for (MatchedTerm term : evidence.getTerms()) {
            terms.put(term.getTerm(), term.getCount());
        }
        return new Why(evidence.getRule(), evidence.getScore(), terms, evidence.getDetail());
    }

}
