package dev.reportflow.classifier.section;

import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Evidence;
import java.util.List;
import java.util.Map;

/**
 * How sure the classifier is of a routed unit's departments, from 0 to 1, read off the evidence of its
 * first department: a heading that names the line of work says plainly what the unit is about (0.9);
 * body words convince the more of them there are, saturating ({@code 1 - 0.5·e^(-score/10)}: a score of
 * 5 gives 0.70, 10 gives 0.82, 20 gives 0.93, and never more than 0.95: words are never proof); a heading that names the report's whole work leaves the
 * unit with its issuer (0.8); a line of work taken from the section's heading is borrowed (0.7). A unit
 * whose words convinced of nothing is the issuer's by default: a line department's report is about its
 * line, so that is a fair guess (0.5), but a people's government's report spans every line: its unit takes
 * the topic its words name most, however weakly, a guess a person should check (0.3), and with no topic
 * word at all the government's own code, which says nothing of what the unit is about (0.2). An unassigned unit 0.
 * A unit below the report threshold is one a person should read rather than trust.
 */
public final class UnitConfidence {

    static final double NAMED_IN_HEADING = 0.9;
    static final double WHOLE_WORK = 0.8;
    static final double SECTION_HEADING = 0.7;
    static final double LINE_ISSUER_FALLBACK = 0.5;
    static final double STRONGEST_TOPIC = 0.3;
    static final double GOVERNMENT_FALLBACK = 0.2;
    private static final String GENERAL_GOVERNMENT = "general_government";
    static final double MOST_FROM_BODY_WORDS = 0.95;
    /** The score at which body words leave a third of the doubt they started with (e^-1). */
    private static final double SCORE_SCALE = 10;

    private UnitConfidence() {
    }

    /** The confidence of a unit routed to {@code departments} (never empty), with the rule it came from. */
    public static Evidence of(List<DepartmentMatch> departments) {
        Evidence lead = departments.get(0).evidence();
        String rule = lead.rule();
        double score;
        String why;
        switch (rule) {
            case "department.lexicon" -> {
                if (lead.detail().startsWith(DepartmentScorer.NAMED_IN_HEADING)) {
                    score = NAMED_IN_HEADING;
                    why = "the heading names the line of work";
                } else {
                    score = Math.min(MOST_FROM_BODY_WORDS, 1 - 0.5 * Math.exp(-lead.score() / SCORE_SCALE));
                    why = "body words only, score " + lead.score();
                }
            }
            case "department.whole-work" -> {
                score = WHOLE_WORK;
                why = "the heading names the report's whole work: the issuer's";
            }
            case "department.section-heading" -> {
                score = SECTION_HEADING;
                why = "no word of its own convinced; the section's heading names the line";
            }
            case "department.strongest-topic" -> {
                score = STRONGEST_TOPIC;
                why = "no topic convinced: the one its words name most, score " + lead.score();
            }
            case "department.issuer-fallback" -> {
                if (departments.get(0).department().equals(GENERAL_GOVERNMENT)) {
                    score = GOVERNMENT_FALLBACK;
                    why = "no topic convinced: a people's government's unit, its line of work unknown";
                } else {
                    score = LINE_ISSUER_FALLBACK;
                    why = "no topic convinced: a line department's unit, taken as its own line's work";
                }
            }
            default -> {
                score = 0;
                why = "no topic and no issuer";
            }
        }
        return new Evidence("unit-confidence", Math.round(score * 100) / 100.0, Map.of(rule, 1), why);
    }
}
