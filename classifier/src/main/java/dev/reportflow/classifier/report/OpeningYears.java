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
 * "2023年是…"), or the sentence that announces what follows ("现将2024年度工作情况汇报如下"). A
 * review paragraph followed by one that starts with the next year ("2023年,…" / "2024年,我分局将…")
 * covers both years.
 */
public final class OpeningYears {

    /** The report announcing itself: 现将/现把/现就 … 2010年 … (如下). */
    private static final Pattern ANNOUNCED = Pattern.compile("现[将把就][^。;:]{0,20}?((?:19|20)\\d\\d) ?年");

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
        for (String line : opening) {
            Matcher m = ANNOUNCED.matcher(line);
            if (m.find()) {
                return List.of(Integer.parseInt(m.group(1)));
            }
        }
        return List.of();
    }
}
