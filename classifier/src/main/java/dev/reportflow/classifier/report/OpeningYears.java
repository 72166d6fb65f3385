package dev.reportflow.classifier.report;

import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.split.TitleShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years of a report whose title and headings name none (no title line, 上半年工作总结, a masked
 * XX年), read from its opening: a paragraph that starts with its year ("2022年,面对…", "2010年上半年,…",
 * "2023年是…"), a title run into the first line ("区信访局2022年上半年工作开展情况和下半年工作打算区信访局…"),
 * or the sentence that announces what follows ("现将2024年度工作情况汇报如下"). A review paragraph
 * followed by one that starts with the next year ("2023年,…" / "2024年,我分局将…") covers both years,
 * and that second paragraph is the report's plan.
 */
public final class OpeningYears {

    /** The report announcing itself: 现将/现把/现就 … 2010年 … (如下). */
    private static final Pattern ANNOUNCED = Pattern.compile("现[将把就][^。;:]{0,20}?((?:19|20)\\d\\d) ?年");
    private static final char ANNOUNCING = '现';

    /** A title run into the text: a short phrase without punctuation naming a year, then a report's word. */
    private static final Pattern RUN_IN_TITLE = Pattern.compile(
            "^[^,。;:!?]{0,16}?((?:19|20)\\d\\d) ?年[^,。;:!?]{0,16}?(总结|情况|计划|打算|汇报|报告)");

    private OpeningYears() {
    }

    /** {@code kind} with the opening's years when it has none of its own, else {@code kind}. */
    public static ReportKind correct(ReportKind kind, List<String> opening) {
        if (!kind.years().isEmpty()) {
            return kind;
        }
        List<Integer> years = read(opening);
        if (years.isEmpty()) {
            return kind;
        }
        Evidence e = kind.evidence();
        Map<String, Integer> terms = new LinkedHashMap<>(e.terms());
        terms.put("opening-year", 1);
        if (years.size() == 2 && kind.kind().endsWith("summary") && e.rule().equals("kind.section-roles")) {
            terms.put("next-year-paragraph", 1);
            String withPlan = kind.kind() + "_and_plan";
            return new ReportKind(withPlan, years, new Evidence("kind.next-year-paragraph", e.score(), terms,
                    "no title or heading names the kind; a paragraph opens with the reviewed year and the next with"
                            + " the year after: " + withPlan + ", years " + years));
        }
        return new ReportKind(kind.kind(), years, new Evidence(e.rule(), e.score(), terms,
                e.detail() + "; no year in the title or headings, years from the opening: " + years));
    }

    /** The years the opening lines give, in order, or none. */
    static List<Integer> read(List<String> opening) {
        for (int k = 0; k < opening.size(); k++) {
            if (TitleShape.yearAt(opening.get(k), 0) == 0) {
                int year = TitleShape.years(opening.get(k)).get(0);
                List<Integer> years = new ArrayList<>(List.of(year));
                if (k + 1 < opening.size() && TitleShape.yearAt(opening.get(k + 1), 0) == 0
                        && TitleShape.years(opening.get(k + 1)).get(0) == year + 1) {
                    years.add(year + 1);
                }
                return List.copyOf(years);
            }
        }
        Matcher runIn = opening.isEmpty() ? null : RUN_IN_TITLE.matcher(opening.get(0));
        if (runIn != null && runIn.find()) {
            return List.of(Integer.parseInt(runIn.group(1)));
        }
        for (String line : opening) {
            if (line.indexOf(ANNOUNCING) < 0) {
                continue; // ANNOUNCED starts with it: not tried at every char of a line that cannot match
            }
            Matcher m = ANNOUNCED.matcher(line);
            if (m.find()) {
                return List.of(Integer.parseInt(m.group(1)));
            }
        }
        return List.of();
    }
}
