package dev.reportflow.classifier.section;

import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.split.TitleShape;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The role of a top-level section, read the way its heading is written.
 *
 * <ol>
 *   <li>A heading may join several parts (推进情况、工作亮点或创新举措; 存在问题及下一步打算): the first
 *       part decides, except that OTHER is the weakest gist: a heading whose first part says OTHER (形势,
 *       基本情况) but that names problems anywhere (面临的形势和存在的不足) is a problems section. Within a part the last decisive word is its head noun (主要工作<b>亮点</b> is
 *       about highlights, 工作<b>基本情况</b> about the state of things).</li>
 *   <li>A year counts too: next year's (the plan year) points to PLAN, the year under review to
 *       REVIEW. When the head noun says OTHER (形势, 基本情况) but the heading names a year, the
 *       sub-headings settle it, and without them the year does.</li>
 *   <li>A heading that nothing decides (a themed "一、凝聚共建力量，助推党建融合发展") follows its body's
 *       tense (将/要 against 了/已/同比) and the report's course: review until a plan has begun.</li>
 * </ol>
 */
public final class RoleClassifier {

    private static final String SEPARATORS = "、,和及与暨或并";

    private final Rules rules;

    public RoleClassifier(Rules rules) {
        this.rules = rules;
    }

    /** A role and why. */
    public record Decision(Role role, Evidence evidence) {
    }

    /** A heading's words: {@code text[from, to)}. */
    public record Phrase(CharSequence text, int from, int to) {
    }

    /**
     * @param years    the report's years (summary year first)
     * @param children the section's sub-headings
     * @param body     the section's tense words
     * @param planSeen whether an earlier section of the report is a plan
     */
    public Decision classify(Phrase heading, List<Integer> years, List<Phrase> children, TopicTally body, boolean planSeen) {
        return classify(heading, years, children, body, planSeen, false);
    }

    /**
     * @param planOnly whether the report is a plan alone (工作要点, 工作计划, 重点工作安排): its years are
     *                 plan years, its course is the plan from the start, and only a heading that plainly
     *                 says problems or something else (基本情况, 形势), or looks back (完成情况, an
     *                 earlier year), is not part of the plan; its 主要工作 and 亮点 are the plan's
     */
    public Decision classify(Phrase heading, List<Integer> years, List<Phrase> children, TopicTally body, boolean planSeen,
                             boolean planOnly) {
        HeadingCues cues = headNouns(heading, HeadingCues.read(heading.text(), heading.from(), heading.to(), rules));
        HeadingCues.Cue head = headCue(heading, cues);
        Role yearRole = planOnly ? planYearRole(heading, years) : yearRole(heading, years);
        Map<String, Integer> terms = new LinkedHashMap<>();
        cues.cues().forEach(c -> terms.merge(c.term(), 1, Integer::sum));
        if (planOnly && head != null && yearRole != Role.REVIEW
                && (head.role() == Role.HIGHLIGHTS || head.role() == Role.REVIEW && PLAN_TASK_WORDS.contains(head.term()))) {
            return new Decision(Role.PLAN, new Evidence("role.plan-only", head.weight(), terms,
                    "a plan-only report: its " + head.term() + " names what is to be done"));
        }
        if (head != null && head.role() == Role.PROBLEMS && !planOnly) {
            String finding = findingBefore(heading, head);
            if (finding != null) {
                terms.put(finding, 1);
                return new Decision(Role.REVIEW, new Evidence("role.findings", head.weight(), terms,
                        "the heading names problems " + finding + " in the units examined: the issuer's work results, not its own problems"));
            }
        }
        HeadingCues.Cue problems = head != null && head.role() == Role.OTHER ? decisive(cues, Role.PROBLEMS) : null;
        if (problems != null) {
            return new Decision(Role.PROBLEMS, new Evidence("role.heading", problems.weight(), terms,
                    "the heading names " + problems.term() + " beside " + head.term() + ": a section that names problems is PROBLEMS"));
        }
        if (head != null && !(head.role() == Role.OTHER && yearRole != null)) {
            return new Decision(head.role(), new Evidence("role.heading", head.weight(), terms,
                    "the heading's head word " + head.term() + " says " + head.role()));
        }
        if (head != null) {
            Role fromChildren = childrenRole(children);
            if (fromChildren != null) {
                return new Decision(fromChildren, new Evidence("role.sub-headings", 2, terms,
                        "the heading says " + head.term() + " for a year; its sub-headings say " + fromChildren));
            }
        }
        if (yearRole != null) {
            terms.put("year", 1);
            return new Decision(yearRole, new Evidence("role.year", 2, terms,
                    "the heading names the " + (yearRole == Role.PLAN ? "plan" : "review") + " year"));
        }
        return byCourse(cues, body, planSeen || planOnly, terms);
    }

    /**
     * Review words that in a plan name the tasks ahead (主要工作 = the main work to do); the others
     * (完成情况, 工作回顾, 取得成效) look back even in a plan, and keep their role there.
     */
    private static final java.util.Set<String> PLAN_TASK_WORDS = java.util.Set.of("主要工作", "工作开展");

    /** Words that may follow a heading's head noun in its clause (明年<u>各项工作</u>, 存在<u>的</u>问题). */
    private static final List<String> TAIL_WORDS = List.of("各项", "重点", "主要", "全面", "工作", "情况", "任务", "分析", "研判", "的");

    /**
     * In a themed heading of clauses ("狠抓安全监管，行业形势保持平稳"), a role word in a later clause
     * decides only as that clause's head noun (…，谋划明年工作). Followed by a predicate (形势<u>保持平稳</u>,
     * 问题<u>得到解决</u>) it is the clause's subject, not the section's gist, and it counts as a weak word.
     * An OTHER word (形势, 基本情况) is read so in the first clause too: "全年道路交通安全形势总体平稳" reports
     * how the year went, it is no section on the situation.
     */
    private static HeadingCues headNouns(Phrase heading, HeadingCues cues) {
        String text = heading.text().subSequence(heading.from(), heading.to()).toString();
        int firstComma = text.indexOf(',');
        List<HeadingCues.Cue> out = new ArrayList<>(cues.cues().size());
        for (HeadingCues.Cue c : cues.cues()) {
            boolean laterClause = firstComma >= 0 && c.start() > firstComma;
            if ((laterClause || c.role() == Role.OTHER) && c.weight() >= HeadingCues.DECISIVE) {
                int wordEnd = c.start() + c.term().length();
                int clauseEnd = laterClause ? text.indexOf(',', c.start()) : partEnd(text, wordEnd);
                if (!onlyTailWords(text, wordEnd, clauseEnd < 0 ? text.length() : clauseEnd)) {
                    c = new HeadingCues.Cue(c.role(), 1, c.term(), c.start());
                }
            }
            out.add(c);
        }
        return new HeadingCues(out);
    }

    /** Where the heading's part that goes on at {@code from} ends: at the next separator (、 , 和 及 …), or -1. */
    private static int partEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean onlyTailWords(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean advanced = true;
        while (i < to && advanced) {
            advanced = false;
            for (String w : TAIL_WORDS) {
                if (text.startsWith(w, i) && i + w.length() <= to) {
                    i += w.length();
                    advanced = true;
                    break;
                }
            }
        }
        return i >= to;
    }

    /**
     * The finding word (审计发现, 检查发现) written before a heading's problems word, when the heading does
     * not also make the problems the issuer's own (存在, 自身, 我局); null otherwise.
     */
    private String findingBefore(Phrase heading, HeadingCues.Cue problems) {
        String text = heading.text().subSequence(heading.from(), heading.to()).toString();
        for (String own : rules.ownProblemWords()) {
            if (text.contains(own)) {
                return null;
            }
        }
        for (String finding : rules.findingWords()) {
            int at = text.indexOf(finding);
            if (at >= 0 && at < problems.start()) {
                return finding;
            }
        }
        return null;
    }

    /** The first decisive cue of a role anywhere in the heading, or null. */
    private static HeadingCues.Cue decisive(HeadingCues cues, Role role) {
        for (HeadingCues.Cue c : cues.cues()) {
            if (c.role() == role && c.weight() >= HeadingCues.DECISIVE) {
                return c;
            }
        }
        return null;
    }

    /** In a plan-only report the years are plan years: a year before the first looks back, the others ahead. */
    private static Role planYearRole(Phrase heading, List<Integer> years) {
        if (years.isEmpty()) {
            return null;
        }
        List<Integer> named = TitleShape.years(heading.text().subSequence(heading.from(), heading.to()).toString());
        if (named.isEmpty()) {
            return null;
        }
        return named.stream().anyMatch(y -> y >= years.get(0)) ? Role.PLAN : Role.REVIEW;
    }

    /** The first part's last decisive word. */
    private HeadingCues.Cue headCue(Phrase heading, HeadingCues cues) {
        CharSequence text = heading.text();
        HeadingCues.Cue head = null;
        int cue = 0;
        List<HeadingCues.Cue> all = cues.cues();
        int partStart = 0;
        int length = heading.to() - heading.from();
        for (int i = 0; i <= length; i++) {
            boolean boundary = i == length || SEPARATORS.indexOf(text.charAt(heading.from() + i)) >= 0;
            if (!boundary) {
                continue;
            }
            while (cue < all.size() && all.get(cue).start() < i) {
                HeadingCues.Cue c = all.get(cue++);
                if (c.start() >= partStart && c.weight() >= HeadingCues.DECISIVE && (head == null || c.weight() >= head.weight())) {
                    head = c;
                }
            }
            if (head != null) {
                return head;
            }
            partStart = i + 1;
        }
        return null;
    }

    private Role yearRole(Phrase heading, List<Integer> years) {
        if (years.isEmpty()) {
            return null;
        }
        String text = heading.text().subSequence(heading.from(), heading.to()).toString();
        List<Integer> named = TitleShape.years(text);
        int reviewYear = years.get(0);
        for (int y : named) {
            if (y > reviewYear || years.size() > 1 && y == years.get(years.size() - 1)) {
                return Role.PLAN;
            }
        }
        return named.contains(reviewYear) ? Role.REVIEW : null;
    }

    private Role childrenRole(List<Phrase> children) {
        Map<Role, Integer> votes = new EnumMap<>(Role.class);
        for (Phrase child : children) {
            for (HeadingCues.Cue c : HeadingCues.read(child.text(), child.from(), child.to(), rules).cues()) {
                if (c.weight() >= HeadingCues.DECISIVE && c.role() != Role.OTHER) {
                    votes.merge(c.role(), c.weight(), Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Weak heading words, the body's tense and the report's course, weighed together. */
    private Decision byCourse(HeadingCues cues, TopicTally body, boolean planSeen, Map<String, Integer> terms) {
        Map<Role, Double> score = new EnumMap<>(Role.class);
        for (HeadingCues.Cue c : cues.cues()) {
            score.merge(c.role(), (double) c.weight(), Double::sum);
        }
        int future = body.future();
        int past = body.past();
        if (future >= 3 && future > past * 2) {
            score.merge(Role.PLAN, 1.0, Double::sum);
        } else if (past >= 3 && past > future * 2) {
            score.merge(Role.REVIEW, 1.0, Double::sum);
        }
        Role course = planSeen ? Role.PLAN : Role.REVIEW;
        score.merge(course, 1.5, Double::sum);
        Map.Entry<Role, Double> best = score.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        terms.put("future-words", future);
        terms.put("past-words", past);
        return new Decision(best.getKey(), new Evidence("role.course", best.getValue(), terms,
                "no heading word decides; body tense and the report's course say " + best.getKey()));
    }
}
