package dev.reportflow.classifier.section;

import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Issuer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The departments a routed unit concerns, from its topic words: the best-scoring department when
 * it is convincing, and up to two more that score at least half as much. Convincing means enough
 * score from more than one word, or a word in the heading; a unit with nothing convincing stays
 * with the issuer's department, and a unit of an unassigned report goes to unassigned.
 */
public final class DepartmentScorer {

    /** A heading word weighs three times a body word. */
    public static final double HEADING_FACTOR = 3;
    static final double MIN_SCORE = 5;
    private static final int MAX_DEPARTMENTS = 3;

    private DepartmentScorer() {
    }

    public static List<DepartmentMatch> route(TopicTally tally, Issuer issuer) {
        List<DepartmentMatch> own = convincing(tally);
        if (!own.isEmpty()) {
            return own;
        }
        if (issuer.isAssigned()) {
            return List.of(new DepartmentMatch(issuer.department(), new Evidence("department.issuer-fallback", 0,
                    Map.of(), "no topic is convincing; the unit stays with the issuer's department")));
        }
        return List.of(new DepartmentMatch(Issuer.UNASSIGNED, new Evidence("department.unassigned", 0, Map.of(),
                "no topic is convincing and the report has no convincing issuer")));
    }

    static List<DepartmentMatch> convincing(TopicTally tally) {
        // a department below MIN_SCORE ends the walk below, whatever leads: it need not be ranked
        List<String> ranked = tally.departmentsByScore(MIN_SCORE);
        List<DepartmentMatch> matches = new ArrayList<>();
        double best = ranked.isEmpty() ? 0 : tally.score(ranked.get(0));
        for (String department : ranked) {
            double score = tally.score(department);
            if (matches.size() == MAX_DEPARTMENTS || score < Math.max(MIN_SCORE, best * 0.5)) {
                break;
            }
            boolean inHeading = tally.namedInHeading(department);
            if (tally.termCount(department) < 2 && !inHeading) {
                continue;
            }
            Map<String, Integer> terms = tally.terms(department);
            matches.add(new DepartmentMatch(department, new Evidence("department.lexicon", Math.round(score * 10) / 10.0,
                    terms, (inHeading ? "named in the heading; " : "") + terms.size() + " topic words")));
        }
        return matches;
    }
}
