package dev.reportflow.consumers.replay;

import java.util.List;
import java.util.Map;

/**
 * What was decided about one submission, in a shape both the recorded decision (from
 * reports.classified / reports.rejected) and a fresh classification map onto, so that the two
 * compare field by field.
 *
 * @param outcome classified, rejected, or none (nothing recorded: the streams app never reached it)
 * @param rejection the rejection reason, when rejected
 */
public record Decision(String outcome, String rejection, String classifierVersion, String rulesVersion,
                       List<ReportDecision> reports) {

    public static final String CLASSIFIED = "classified";
    public static final String REJECTED = "rejected";
    public static final String NONE = "none";

    public Decision {
        reports = List.copyOf(reports);
    }

    /**
     * One report of the submission. Units are the routed pieces, keyed by section path.
     *
     * @param triageReason why the report waits for a person (below the confidence threshold, or no
     *                     convincing issuer), or null when it is routed
     */
    public record ReportDecision(int index, String title, String issuerName, String issuerLevel,
                                 String issuerDepartment, Why issuerWhy, String kind, List<Integer> years,
                                 String triageReason, List<SectionDecision> sections, List<UnitDecision> units) {
    }

    /** A top-level section's role. */
    public record SectionDecision(String path, String heading, String role, Why why) {
    }

    /** A routed unit and the departments it went (or would go) to, each with its evidence. */
    public record UnitDecision(String path, String heading, Map<String, Why> departments) {
    }

    /** Evidence, flattened: rule, score, matched words with counts, and the sentence for people. */
    public record Why(String rule, double score, Map<String, Integer> terms, String detail) {

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(rule).append(' ')
                    .append(dev.reportflow.consumers.common.EvidenceText.score(score));
            if (!terms.isEmpty()) {
                text.append(": ");
                terms.forEach((term, count) -> text.append(term).append('×').append(count).append(", "));
                text.setLength(text.length() - 2);
            }
            if (detail != null && !detail.isBlank()) {
                text.append(" — ").append(detail);
            }
            return text.toString();
        }
    }
}
