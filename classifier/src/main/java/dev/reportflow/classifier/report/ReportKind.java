package dev.reportflow.classifier.report;

import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.rules.TitleWord;
import dev.reportflow.classifier.split.TitleShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's kind and the years it covers, from its title: summary words (总结), plan words (计划,
 * 打算), a cross-cutting special topic named after the issuer (法治建设, 营商环境 …), and its years.
 * Kinds: summary, plan, summary_and_plan, and the same prefixed special_topic_. A title with one
 * year that names both a summary and next year's plan (明年) covers that year and the next; a
 * report without a title takes its kind from its sections' roles and its years from their headings;
 * a summary title over an outline with a plan section for a later year (or, under a 上半年 title, for
 * 下半年) is a summary and plan ({@link #ofTitled}).
 */
public record ReportKind(String kind, List<Integer> years, Evidence evidence) {

    public static ReportKind of(String title, int titleBodyEnd, List<Role> roles, List<String> headings, Rules rules) {
        return of(title, titleBodyEnd, roles, headings, rules, false);
    }

    /**
     * The kind of a report with a title, its sections' roles known: the title's words decide, except
     * that a title naming only a summary (…工作总结) whose outline holds a plan section for a later
     * year (三、2025年工作设想; 明年工作打算) is a summary and plan, since the report plainly is one.
     * {@code roles} and {@code headings} run in outline order.
     */
    public static ReportKind ofTitled(String title, int titleBodyEnd, List<Role> roles, List<String> headings,
                                      Rules rules) {
        ReportKind byTitle = of(title, titleBodyEnd, List.of(), headings, rules, false);
        boolean summaryOnly = byTitle.evidence.rule().equals("kind.title")
                && (byTitle.kind.equals("summary") || byTitle.kind.equals("special_topic_summary"));
        if (summaryOnly && hasLaterPlanSection(byTitle.years, roles, headings)) {
            return of(title, titleBodyEnd, List.of(), headings, rules, true);
        }
        if (summaryOnly && title.contains("上半年") && hasSecondHalfPlanSection(roles, headings)) {
            return of(title, titleBodyEnd, List.of(), headings, rules, true, false);
        }
        return byTitle;
    }

    /** Whether a plan section is for the second half of the year (三、下半年工作重点), under a 上半年 title. */
    private static boolean hasSecondHalfPlanSection(List<Role> roles, List<String> headings) {
        for (int k = 0; k < Math.min(roles.size(), headings.size()); k++) {
            if (roles.get(k) == Role.PLAN && headings.get(k).contains("下半年")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasLaterPlanSection(List<Integer> years, List<Role> roles, List<String> headings) {
        int summaryYear = years.isEmpty() ? Integer.MAX_VALUE : years.get(0);
        for (int k = 0; k < Math.min(roles.size(), headings.size()); k++) {
            if (roles.get(k) != Role.PLAN) {
                continue;
            }
            String heading = headings.get(k);
            if (TitleShape.years(heading).stream().anyMatch(y -> y > summaryYear)
                    || NEXT_YEAR.stream().anyMatch(heading::contains)) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> NEXT_YEAR = List.of("明年", "来年", "下一年", "下年度", "新的一年");

    private static ReportKind of(String title, int titleBodyEnd, List<Role> roles, List<String> headings, Rules rules,
                                 boolean planSection) {
        return of(title, titleBodyEnd, roles, headings, rules, planSection, true);
    }

    /** {@code planForNextYear}: the plan section is for the year after the summary's, not for its second half. */
    private static ReportKind of(String title, int titleBodyEnd, List<Role> roles, List<String> headings, Rules rules,
                                 boolean planSection, boolean planForNextYear) {
        boolean[] words = new boolean[TitleWord.values().length];
        Map<String, Integer> terms = new LinkedHashMap<>();
        rules.titleWords().scan(title, 0, title.length(), (TitleWord w, String term, int s, int e) -> {
            if (w != TitleWord.OTHER_DOCUMENT && (w != TitleWord.SPECIAL_TOPIC || s >= titleBodyEnd)) {
                words[w.ordinal()] = true;
                terms.merge(term, 1, Integer::sum);
            }
        });
        boolean summary = words[TitleWord.SUMMARY.ordinal()];
        boolean plan = words[TitleWord.PLAN.ordinal()];
        String rule = "kind.title";
        if (planSection && summary && !plan) {
            plan = true;
            rule = "kind.title-and-plan-section";
            terms.put("plan-section", 1);
        }
        if (!summary && !plan) {
            summary = roles.contains(Role.REVIEW) || roles.contains(Role.HIGHLIGHTS);
            plan = roles.contains(Role.PLAN);
            rule = "kind.section-roles";
        }
        String kind = summary && plan ? "summary_and_plan" : plan ? "plan" : "summary";
        if (words[TitleWord.SPECIAL_TOPIC.ordinal()]) {
            kind = "special_topic_" + kind;
        }
        List<Integer> years = new ArrayList<>(TitleShape.years(title));
        if (years.isEmpty()) {
            years.addAll(SchoolTerm.year(title)); // 2017学年第一学期工作总结
        }
        if (years.size() == 1 && summary && plan && (title.contains("明年") || title.contains("下一年") || title.contains("来年"))) {
            years.add(years.get(0) + 1);
        }
        if (planSection && planForNextYear && years.size() == 1) {
            int summaryYear = years.get(0);
            if (headings.stream().noneMatch(h -> TitleShape.years(h).stream().anyMatch(y -> y > summaryYear))) {
                years.add(summaryYear + 1); // the plan section says 明年 for the year after the summary's
            }
        }
        if (years.isEmpty() || years.size() == 1 && summary && plan) {
            for (String heading : headings) {
                for (int y : TitleShape.years(heading)) {
                    if (!years.contains(y)) {
                        years.add(y);
                    }
                }
            }
        }
        years.sort(Integer::compare);
        return new ReportKind(kind, List.copyOf(years), new Evidence(rule, 1, terms, "kind " + kind + ", years " + years));
    }
}
