package dev.reportflow.consumers.suggest;

import dev.reportflow.consumers.replay.Change;
import dev.reportflow.consumers.replay.DecisionDiff;
import dev.reportflow.consumers.replay.ReplayReport;
import dev.reportflow.consumers.replay.ReplayReport.SubmissionComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a rule would change in history: the same window replayed twice by {@code reportflow replay}'s
 * code, with today's rules and with the rule added, compared submission by submission. Unlike a plain
 * replay (today against what was recorded), nothing but the rule differs between the two sides.
 *
 * @param compared how many submissions both replays decided
 */
record RuleEffect(long compared, List<Changed> changed) {

    /** A submission the rule would decide differently, with each difference. */
    record Changed(String submissionId, String office, String source, List<Change> changes) {
    }

    static RuleEffect between(ReplayReport without, ReplayReport with) {
        Map<String, SubmissionComparison> before = without.submissions().stream()
                .collect(Collectors.toMap(SubmissionComparison::source, Function.identity(), (a, b) -> a));
        List<Changed> changed = new ArrayList<>();
        for (SubmissionComparison after : with.submissions()) {
            SubmissionComparison was = before.get(after.source());
            if (was != null) {
                List<Change> changes = DecisionDiff.between(was.replayed(), after.replayed());
                if (!changes.isEmpty()) {
                    changed.add(new Changed(after.submissionId(), after.office(), after.source(), changes));
                }
            }
        }
        return new RuleEffect(with.submissions().size(), changed);
    }
}
