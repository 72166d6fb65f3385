package dev.reportflow.classifier.section;

import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Issuer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The departments a routed unit concerns, from its topic words: the best-scoring department when
 * it is convincing, and up to two more that score at least half as much or that the heading names plainly;
 * a further one needs two words of its line (供水 said eight times, 消防 twice, is one word of water's or
 * emergency management's line in a unit about something else) unless the heading names it plainly.
 * Convincing means enough score from more than one word, from one strong word said more than once
 * (村集体经济 three times), or from a word in the heading; at equal scores, the heading's department leads. A unit with nothing convincing takes the lines of work
 * its section's heading names (二、社区文体、科普活动 over (一)民生微实事), else it stays with the
 * issuer's department when that is a line department's; a people's government's unit, or one of an
 * unassigned report, takes the topic its words name most however weakly ({@link #strongestTopic}), and only
 * with no topic word at all the government's code, or unassigned. In a line department's
 * report, the issuer's department joins a unit whose topic is another line's, unless that topic is the
 * party building or discipline every office does on itself, which the issuer's words join only as much as
 * a second topic's would.
 * <p>
 * A unit whose heading names its part of the report and no line of work (一、2022年工作回顾,
 * 过去五年工作回顾, (一)工作成效及措施, 二、2025年工作总体要求和重点任务) is the issuer's work as a
 * whole: in a report with no second level under such a heading, or in the opening of one, its body
 * runs through many lines of work, and the one it happens to name most is no more its subject than
 * the others. It stays with the issuer's department, unless its section's heading names the line of
 * work it is a part of (1.基本情况 under 一、村集体经济发展现状). A heading whose only topic words are the
 * government's work as a whole (x届政府工作及“十四五”开局, a congress report's review of a whole term with no
 * role word) is such a unit too.
 */
public final class DepartmentScorer {

    /** A heading word weighs three times a body word. */
    public static final double HEADING_FACTOR = 3;
    static final double MIN_SCORE = 5;
    /** The weight of a word that belongs to one line of work (section-lexicon.tsv's weight 3). */
    private static final double STRONG_WEIGHT = 3;
    private static final int MAX_DEPARTMENTS = 3;
    /** The share of the best score a further department needs, unless the heading names it plainly. */
    private static final double SECOND_SHARE = 0.5;
    private static final String GENERAL_GOVERNMENT = "general_government";
    /** How a lexicon match's detail begins when the unit's heading named the department. */
    static final String NAMED_IN_HEADING = "named in the heading; ";

    private DepartmentScorer() {
    }

    /** The departments of a report routed whole, with no outline: its words are the whole report's. */
    public static List<DepartmentMatch> route(TopicTally tally, Issuer issuer) {
        return route(tally, issuer, false, List.of(), true);
    }

    /**
     * @param roleHeading whether the unit's heading names its role in the report (a decisive role word:
     *                    工作回顾, 工作情况, 工作计划 …); with no topic word beside it, the unit is the
     *                    issuer's whole work, as it is when the heading's only topic words are the
     *                    government's whole work (政府工作)
     * @param section     the lines of work the heading of the unit's section names ({@link #namedBy}),
     *                    empty for a top-level unit
     */
    public static List<DepartmentMatch> route(TopicTally tally, Issuer issuer, boolean roleHeading,
                                              List<DepartmentMatch> section) {
        return route(tally, issuer, roleHeading, section, false);
    }

    private static List<DepartmentMatch> route(TopicTally tally, Issuer issuer, boolean roleHeading,
                                               List<DepartmentMatch> section, boolean wholeReport) {
        if ((roleHeading || tally.namedInHeading(GENERAL_GOVERNMENT)) && !tally.headingNamesATopicBut(GENERAL_GOVERNMENT)) {
            if (!section.isEmpty()) {
                return section;
            }
            if (issuer.isAssigned()) {
                return List.of(new DepartmentMatch(issuer.department(), new Evidence("department.whole-work", 0, Map.of(),
                        "the heading names the report's work as a whole and no line of work: the unit stays with the "
                                + "issuer's department")));
            }
        }
        List<DepartmentMatch> own = convincing(tally);
        if (!own.isEmpty()) {
            return withIssuersOwnWork(own, tally, issuer, wholeReport);
        }
        if (!section.isEmpty()) {
            return section;
        }
        if (issuer.isAssigned() && !issuer.department().equals(GENERAL_GOVERNMENT)) {
            return List.of(new DepartmentMatch(issuer.department(), new Evidence("department.issuer-fallback", 0,
                    Map.of(), "no topic is convincing; the unit stays with the issuer's department")));
        }
        List<DepartmentMatch> strongest = strongestTopic(tally);
        if (!strongest.isEmpty()) {
            return strongest;
        }
        if (issuer.isAssigned()) {
            return List.of(new DepartmentMatch(issuer.department(), new Evidence("department.issuer-fallback", 0,
                    Map.of(), "no topic is convincing; the unit stays with the issuer's department")));
        }
        return List.of(new DepartmentMatch(Issuer.UNASSIGNED, new Evidence("department.unassigned", 0, Map.of(),
                "no topic is convincing and the report has no convincing issuer")));
    }

    /**
     * The one line of work a unit's words name most, however weakly (a single word: 网格化, 国有企业), for a
     * unit that nothing convinced and whose issuer's code says nothing of it: a people's government's (or a
     * town's, a subdistrict's) report spans every line, so its own code is no guess at what one unit is
     * about, and a report with no issuer has no code at all. Empty when the unit names no line of work.
     */
    private static List<DepartmentMatch> strongestTopic(TopicTally tally) {
        // the government's own code is what this replaces (政府工作 in a unit's body names no one line)
        String department = tally.departmentsByScore(Double.MIN_VALUE).stream()
                .filter(d -> !d.equals(GENERAL_GOVERNMENT)).findFirst().orElse(null);
        if (department == null) {
            return List.of();
        }
        Map<String, Integer> terms = tally.terms(department);
        return List.of(new DepartmentMatch(department, new Evidence("department.strongest-topic",
                Math.round(tally.score(department) * 10) / 10.0, terms,
                "no topic is convincing and the issuer's code names no line of work: the topic its words name most, "
                        + terms.size() + " topic words")));
    }

    /**
     * The lines of work a section's heading names convincingly ({@code heading} holds the heading's
     * words alone): what its units concern when their own words name none.
     */
    public static List<DepartmentMatch> namedBy(TopicTally heading) {
        List<DepartmentMatch> named = new ArrayList<>();
        for (DepartmentMatch d : convincing(heading)) {
            Map<String, Integer> terms = d.evidence().terms();
            named.add(new DepartmentMatch(d.department(), new Evidence("department.section-heading", d.evidence().score(),
                    terms, "the unit names no line of work convincingly; its section's heading names this one")));
        }
        return named;
    }

    /**
     * A unit that speaks of the issuer's own line of work at all (a word of its own, however rare beside
     * the topics the issuer acts on: an audit bureau's 跟踪审计 of 稳增长 and 专项债, a library's
     * 农家书屋 in the villages) is also the issuer's business: its department joins the unit's,
     * after the topics that convinced, in place of the weakest when there are already three; when those topics
     * are all the work every office does on itself, only as a second topic would ({@link #isEveryOfficesOwn}).
     */
    private static List<DepartmentMatch> withIssuersOwnWork(List<DepartmentMatch> own, TopicTally tally, Issuer issuer,
                                                            boolean wholeReport) {
        String code = issuer.department();
        if (!issuer.isAssigned() || own.stream().anyMatch(d -> d.department().equals(code))
                || isEveryOfficesOwn(own) && !EVERY_OFFICES_OWN.contains(code)
                && tally.score(code) < tally.score(own.get(0).department()) * SECOND_SHARE) {
            return own;
        }
        DepartmentMatch joining;
        // a people's government's own words in a unit's body (提升政府工作透明度) are how its report speaks of
        // itself, not a line of work: every unit of its report would take them; a report routed whole is its work
        boolean governmentSpeaking = !wholeReport && code.equals(GENERAL_GOVERNMENT) && !tally.namedInHeading(code);
        if (tally.score(code) > 0 && !governmentSpeaking) {
            Map<String, Integer> terms = tally.terms(code);
            joining = new DepartmentMatch(code, new Evidence("department.issuer-own-work", Math.round(tally.score(code) * 10) / 10.0,
                    terms, "the issuer's own line of work: " + terms.size() + " of its words"));
        } else if (doesItsLineOfWork(issuer, own)) {
            joining = new DepartmentMatch(code, new Evidence("department.issuer-line", 0, Map.of(),
                    "a line department's report: a unit on another line's topic ("
                            + own.get(0).department() + ") is the issuer's business done in that line's words"));
        } else {
            return own;
        }
        List<DepartmentMatch> matches = new ArrayList<>(own.subList(0, Math.min(own.size(), MAX_DEPARTMENTS - 1)));
        matches.add(joining);
        return matches;
    }

    /**
     * The work every office does on itself, whatever its line: its party organisation and its discipline
     * (a health commission's 党的建设, a school's 党建引领). A unit on these is not its line's business.
     */
    private static final Set<String> EVERY_OFFICES_OWN = Set.of("party_building", "discipline_inspection");

    /**
     * Whether a unit of a line department's report (not a people's government's, whose report spans every
     * line) is that department's work although none of its words names it: a unit of a bureau's, school's or
     * hospital's report speaks of its own business in the words of the lines it touches (a transport bureau's
     * 征拆 for its roads, a culture centre's dance training read as 队伍建设, a hospital's 项目建设), unless
     * it is the work every office does on itself.
     */
    private static boolean doesItsLineOfWork(Issuer issuer, List<DepartmentMatch> own) {
        return !issuer.department().equals(GENERAL_GOVERNMENT) && !isEveryOfficesOwn(own);
    }

    /**
     * Whether every topic that convinced is the work every office does on itself: a hospital's 党的建设 that
     * names 医院 twice, a school's that names 学生, is still its party organisation's business, not the
     * hospital's line of work; the issuer's words in it are where that work is done, not what it is about.
     * Such a unit takes the issuer's department only as it would any other second topic, by words that
     * weigh at least {@link #SECOND_SHARE} of its lead's (a bureau's 人才队伍建设 that speaks of its own
     * line as much as of 队伍建设); a party committee's or a discipline commission's own unit is its line.
     */
    private static boolean isEveryOfficesOwn(List<DepartmentMatch> own) {
        return own.stream().allMatch(d -> EVERY_OFFICES_OWN.contains(d.department()));
    }

    /**
     * Whether the heading names the department plainly: by a strong word of its line (稳增长 and 经济发展
     * together weigh as much; 项目建设 or 执法 alone do not). The heading says what the unit is about,
     * however much longer its body dwells on another topic.
     */
    private static boolean headingNamesPlainly(TopicTally tally, String department) {
        return tally.headingScore(department) >= STRONG_WEIGHT * HEADING_FACTOR;
    }

    /**
     * Whether the one word a department scored with is a strong word of its line (weight 3: 村集体经济,
     * not 价格 or 盘活, which other lines say too) read more than once.
     */
    private static boolean strongWordRepeated(TopicTally tally, String department, double score) {
        int hits = tally.hits(department);
        return hits >= 2 && score >= STRONG_WEIGHT * hits;
    }

    static List<DepartmentMatch> convincing(TopicTally tally) {
        // a department below MIN_SCORE ends the walk below, whatever leads: it need not be ranked
        List<String> ranked = tally.departmentsByScore(MIN_SCORE);
        List<DepartmentMatch> matches = new ArrayList<>();
        double best = ranked.isEmpty() ? 0 : tally.score(ranked.get(0));
        for (String department : ranked) {
            double score = tally.score(department);
            if (matches.size() == MAX_DEPARTMENTS) {
                break;
            }
            boolean inHeading = tally.namedInHeading(department);
            if (score < best * SECOND_SHARE && !headingNamesPlainly(tally, department)) {
                continue;
            }
            if (tally.termCount(department) < 2 && !inHeading && !strongWordRepeated(tally, department, score)) {
                continue;
            }
            // a further line of work shows in more than one of its words: one word, however often said, is incidental
            if (!matches.isEmpty() && tally.termCount(department) < 2 && !headingNamesPlainly(tally, department)) {
                continue;
            }
            Map<String, Integer> terms = tally.terms(department);
            matches.add(new DepartmentMatch(department, new Evidence("department.lexicon", Math.round(score * 10) / 10.0,
                    terms, (inHeading ? NAMED_IN_HEADING : "") + terms.size() + " topic words")));
        }
        return headingsLineFirst(matches, tally);
    }

    /**
     * The matches with the one line of work the heading names plainly moved first: the heading says what the
     * unit is about (一、抓项目稳增长,经济发展迈上新台阶 is development and reform's, however many crops its body
     * counts), more than a body topic the heading does not name at all. When the heading names the leading
     * topic too, or several plainly, or none, the order of the scores stays.
     */
    private static List<DepartmentMatch> headingsLineFirst(List<DepartmentMatch> matches, TopicTally tally) {
        List<DepartmentMatch> plain = matches.stream().filter(d -> headingNamesPlainly(tally, d.department())).toList();
        if (plain.size() != 1 || tally.namedInHeading(matches.get(0).department())) {
            return matches;
        }
        List<DepartmentMatch> ordered = new ArrayList<>(plain);
        matches.stream().filter(d -> d != plain.get(0)).forEach(ordered::add);
        return ordered;
    }
}
