package dev.reportflow.consumers.replay;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.Section;
import dev.reportflow.classifier.Subsection;
import dev.reportflow.consumers.Samples;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.DepartmentAssignment;
import dev.reportflow.schemas.Evidence;
import dev.reportflow.schemas.Issuer;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.MatchedTerm;
import dev.reportflow.schemas.OutlineSection;
import dev.reportflow.schemas.OutlineSubsection;
import dev.reportflow.schemas.SectionRole;
import java.util.ArrayList;
import java.util.List;

/**
 * The ClassifiedReport records the streams app would have written for a classification, so a test
 * can record exactly today's decision (and then alter one field of it) whatever the classifier does.
 */
final class AsRecorded {

    private AsRecorded() {
    }

    static List<ClassifiedReport.Builder> reports(String submissionId, KafkaCoordinates source, Classification c) {
        List<ClassifiedReport.Builder> reports = new ArrayList<>();
        for (int i = 0; i < c.reports().size(); i++) {
            Report r = c.reports().get(i);
            reports.add(ClassifiedReport.newBuilder()
                    .setCorrections(java.util.List.of())
                    .setReportId(submissionId + "#" + (i + 1)).setSubmissionId(submissionId).setContentHash("sha256:x")
                    .setSource(source).setOffice("office").setFileName("f.txt").setReceivedAt(Samples.RECEIVED)
                    .setReportIndex(i + 1).setReportCount(c.reports().size())
                    .setStartLine(r.startLine()).setEndLine(r.endLine()).setTitle(r.title())
                    .setIssuer(new Issuer(r.issuer().name(), r.issuer().level(), r.issuer().department(), evidence(r.issuer().evidence())))
                    .setKind(r.kind()).setYears(r.years())
                    .setOutline(r.sections().stream().map(AsRecorded::section).toList())
                    .setRoutedCopies(r.routedUnits().size())
                    .setClassifierVersion(c.classifierVersion()).setRulesVersion(c.rulesVersion())
                    .setClassifiedAt(Samples.RECEIVED));
        }
        return reports;
    }

    private static OutlineSection section(Section s) {
        return new OutlineSection(s.line(), s.heading(), SectionRole.valueOf(s.role().name()), evidence(s.roleEvidence()),
                assignments(s.departments()), s.subsections().stream().map(AsRecorded::subsection).toList());
    }

    private static OutlineSubsection subsection(Subsection s) {
        return new OutlineSubsection(s.line(), s.heading(), assignments(s.departments()));
    }

    private static List<DepartmentAssignment> assignments(List<DepartmentMatch> matches) {
        return matches.stream().map(m -> new DepartmentAssignment(m.department(), evidence(m.evidence()))).toList();
    }

    private static Evidence evidence(dev.reportflow.classifier.Evidence e) {
        return new Evidence(e.rule(), e.score(),
                e.terms().entrySet().stream().map(t -> new MatchedTerm(t.getKey(), t.getValue())).toList(), e.detail());
    }
}
