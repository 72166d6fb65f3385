package dev.reportflow.consumers.replay;

import dev.reportflow.consumers.common.SectionPaths;
import dev.reportflow.consumers.replay.Decision.ReportDecision;
import dev.reportflow.consumers.replay.Decision.SectionDecision;
import dev.reportflow.consumers.replay.Decision.UnitDecision;
import dev.reportflow.consumers.replay.Decision.Why;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lists what changed between two decisions about the same submission, with the evidence on each
 * side. Reports pair up by position, sections and units by path: the outline is what routing
 * hangs on, so a changed outline shows as units that appear or disappear.
 */
public final class DecisionDiff {

    private static final String DUPLICATE = "DUPLICATE";

    private DecisionDiff() {
    }

    public static List<Change> between(Decision before, Decision after) {
        // A duplicate was judged against earlier submissions, not by its content: today's classifier has no say.
        if (DUPLICATE.equals(before.rejection())) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        if (!before.outcome().equals(after.outcome()) || !Objects.equals(before.rejection(), after.rejection())) {
            changes.add(new Change("outcome", "submission", outcome(before), outcome(after), null, null));
        }
        if (before.reports().size() != after.reports().size() && !before.reports().isEmpty() && !after.reports().isEmpty()) {
            changes.add(new Change("reports", "submission", before.reports().size() + " report(s)",
                    after.reports().size() + " report(s)", null, null));
        }
        for (int i = 0; i < Math.min(before.reports().size(), after.reports().size()); i++) {
            compareReports(before.reports().get(i), after.reports().get(i), changes);
        }
        return changes;
    }

    private static String outcome(Decision decision) {
        return decision.rejection() == null ? decision.outcome() : decision.outcome() + " (" + decision.rejection() + ")";
    }

    private static void compareReports(ReportDecision a, ReportDecision b, List<Change> changes) {
        String where = "report " + a.index();
        if (!a.issuerDepartment().equals(b.issuerDepartment())) {
            changes.add(new Change("issuer.department", where + " " + b.issuerName(), a.issuerDepartment(),
                    b.issuerDepartment(), a.issuerWhy().toString(), b.issuerWhy().toString()));
        }
        if (!a.issuerLevel().equals(b.issuerLevel())) {
            changes.add(new Change("issuer.level", where + " " + b.issuerName(), a.issuerLevel(), b.issuerLevel(),
                    a.issuerWhy().toString(), b.issuerWhy().toString()));
        }
        if (!a.kind().equals(b.kind())) {
            changes.add(new Change("kind", where, a.kind(), b.kind(), null, null));
        }
        // Whether a person must look at it; the reason's figures may move without changing that.
        if ((a.triageReason() == null) != (b.triageReason() == null)) {
            changes.add(new Change("triage", where, a.triageReason() == null ? "routed" : "triage",
                    b.triageReason() == null ? "routed" : "triage", a.triageReason(), b.triageReason()));
        }
        Map<String, SectionDecision> sectionsBefore = byPath(a.sections(), SectionDecision::path);
        Map<String, SectionDecision> sectionsAfter = byPath(b.sections(), SectionDecision::path);
        for (String path : sectionsBefore.keySet()) {
            SectionDecision x = sectionsBefore.get(path);
            SectionDecision y = sectionsAfter.get(path);
            if (y != null && !x.role().equals(y.role())) {
                changes.add(new Change("section.role", where + " §" + path + " " + y.heading(), x.role(), y.role(),
                        x.why().toString(), y.why().toString()));
            }
        }
        compareUnits(where, byPath(a.units(), UnitDecision::path), byPath(b.units(), UnitDecision::path), changes);
    }

    private static void compareUnits(String where, Map<String, UnitDecision> before, Map<String, UnitDecision> after,
                                     List<Change> changes) {
        TreeSet<String> paths = new TreeSet<>(SectionPaths::compare);
        paths.addAll(before.keySet());
        paths.addAll(after.keySet());
        for (String path : paths) {
            UnitDecision x = before.get(path);
            UnitDecision y = after.get(path);
            if (x == null || y == null) {
                UnitDecision present = x == null ? y : x;
                changes.add(new Change("unit", where + " §" + path + " " + present.heading(),
                        x == null ? "(no such unit)" : departments(x), y == null ? "(no such unit)" : departments(y),
                        null, null));
            } else if (!x.departments().keySet().equals(y.departments().keySet())) {
                changes.add(new Change("unit.departments", where + " §" + path + " " + y.heading(), departments(x),
                        departments(y), evidence(x.departments()), evidence(y.departments())));
            }
        }
    }

    private static String departments(UnitDecision unit) {
        return String.join(", ", unit.departments().keySet());
    }

    private static String evidence(Map<String, Why> departments) {
        return departments.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static <T> Map<String, T> byPath(List<T> items, Function<T, String> path) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(path.apply(item), item));
        return map;
    }
}
