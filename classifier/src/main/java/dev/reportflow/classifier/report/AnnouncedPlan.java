package dev.reportflow.classifier.report;

import java.util.List;

/**
 * A line that ends by announcing the work to be done: "…结合本部室的实际工作,本年度将扎实做好以下工作:"
 * (more4-020, a union office's plan, in its opening), "…特制定了2022年村委工作计划如下:" (base-029, before
 * its plan part). What follows such a sentence is the plan, part by part, though no heading names a
 * plan and the title names none. A summary announces what was done (现将…总结如下:,
 * 我院作了以下具体工作:): its 将 is the 现将 of "here is", and its verbs are done (了).
 */
public final class AnnouncedPlan {

    /** Where an announcing clause points at the parts below it. */
    private static final List<String> FOLLOWING = List.of("以下", "如下");
    /** 将 of "here is" (现将…汇报如下), not of "will". */
    private static final String HERE_IS = "现特兹今拟并";
    /** Past marks in the clause: the work is done. */
    private static final List<String> DONE = List.of("了", "已", "过");

    /** The words a plan is called by, right before the colon (…工作计划如下:). */
    private static final List<String> PLAN_WORDS = List.of("计划", "打算", "安排", "思路", "要点", "设想");
    /** A clause that names what was done as well announces that first (现将…总结及…计划汇报如下:). */
    private static final List<String> SUMMARY_WORDS = List.of("总结", "回顾", "情况", "成绩");

    private AnnouncedPlan() {
    }

    /**
     * Whether the clause ends by naming a plan as what follows ("…特制定了2022年村委工作计划如下", base-029 line 16,
     * over the plan's 一、 whose heading the report left out), and names nothing done.
     */
    private static boolean namesThePlan(String clause) {
        String named = clause.endsWith(FOLLOWING.get(1)) ? clause.substring(0, clause.length() - 2) : clause;
        return PLAN_WORDS.stream().anyMatch(named::endsWith) && SUMMARY_WORDS.stream().noneMatch(clause::contains);
    }

    /** Whether the last line of a report's opening (trimmed, folded) ends with a clause that announces work to come. */
    public static boolean announces(String line) {
        if (!line.endsWith(":")) {
            return false;
        }
        int clauseStart = Math.max(Math.max(line.lastIndexOf(',', line.length() - 2), line.lastIndexOf('。', line.length() - 2)),
                line.lastIndexOf(';', line.length() - 2)) + 1;
        String clause = line.substring(clauseStart, line.length() - 1);
        if (namesThePlan(clause)) {
            return true;
        }
        int following = -1;
        for (String word : FOLLOWING) {
            following = Math.max(following, clause.indexOf(word));
        }
        if (following < 0 || DONE.stream().anyMatch(clause::contains)) {
            return false;
        }
        for (int at = clause.indexOf('将'); at >= 0 && at < following; at = clause.indexOf('将', at + 1)) {
            if (at == 0 || HERE_IS.indexOf(clause.charAt(at - 1)) < 0) {
                return true;
            }
        }
        return false;
    }
}
