package dev.reportflow.classifier.report;

import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.split.TitleShape;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report that names its two parts in its own opening: a title run into the first line
 * ("县交通运输局2023年工作总结和2024年工作计划县人民政府:…"), or the sentence that announces what
 * follows ("现将2022年上半年工作进度及下半年工作计划公布如下:"). Such a report is a summary and plan
 * though its title line (if the page kept one) names only the summary, and though the saved text may
 * stop before the plan.
 */
public final class BothPartsNamed {

    /** A review word, then in the same clause 和/及/与, then a plan word: "工作总结及2024年重点工作安排". */
    private static final Pattern BOTH = Pattern.compile(
            "(总结|回顾|进度|情况)[^。;:,!?《》]{0,4}?(和|及|与|暨)[^。;:,!?《》]{0,16}?(计划|打算|设想|要点|思路|安排|谋划)");
    /**
     * The plan words {@link #BOTH} ends with: a line holding none of them cannot match, and is passed
     * over without trying the pattern at each of its chars (most opening lines name no plan).
     */
    private static final List<String> PLAN_WORDS = List.of("计划", "打算", "设想", "要点", "思路", "安排", "谋划");
    private static final List<String> NEXT_YEAR = List.of("明年", "来年", "下一年");

    private BothPartsNamed() {
    }

    /**
     * {@code byTitle} made a summary and plan when an opening line names both parts; the years those
     * words name join the title's and the headings'. The name of another document (《关于报送2023年工作
     * 总结和2024年工作计划的通知》) says what was asked for, not what this report holds, and is passed over.
     */
    public static ReportKind correct(ReportKind byTitle, List<String> opening) {
        if (!byTitle.kind().endsWith("summary")) {
            return byTitle;
        }
        for (String line : withCutWordsJoined(opening)) {
            if (PLAN_WORDS.stream().noneMatch(line::contains)) {
                continue;
            }
            Matcher m = BOTH.matcher(line);
            while (m.find()) {
                if (namesAnotherDocument(line, m.start(), m.end())) {
                    continue;
                }
                String phrase = line.substring(Math.max(0, m.start() - 8), m.end());
                List<Integer> years = new ArrayList<>(byTitle.years());
                for (int y : TitleShape.years(phrase)) {
                    if (!years.contains(y)) {
                        years.add(y);
                    }
                }
                if (years.size() == 1 && NEXT_YEAR.stream().anyMatch(phrase::contains)) {
                    years.add(years.get(0) + 1);
                }
                years.sort(Integer::compare);
                String kind = byTitle.kind() + "_and_plan";
                return new ReportKind(kind, List.copyOf(years), Evidence.of("kind.opening-names-both-parts", 1,
                        "the opening names a summary and a plan (" + m.group() + "): " + kind + ", years " + years));
            }
        }
        return byTitle;
    }

    private static final int CUT_WORD = 4;

    /**
     * The opening lines, each also joined to a short line after it: a title cut by a hard line break
     * ("县卫健委 2023 年度工作总结及 2024 年工作" over "计划") reads whole.
     */
    private static List<String> withCutWordsJoined(List<String> opening) {
        List<String> lines = new ArrayList<>(opening);
        for (int k = 0; k + 1 < opening.size(); k++) {
            if (opening.get(k + 1).length() <= CUT_WORD) {
                lines.add(opening.get(k) + opening.get(k + 1));
            }
        }
        return lines;
    }

    /** Whether the words at {@code start}..{@code end} lie in 《…》 or name a 通知 (关于报送…计划的通知). */
    private static boolean namesAnotherDocument(String line, int start, int end) {
        int open = line.lastIndexOf('《', start);
        if (open >= 0 && line.lastIndexOf('》', start) < open) {
            return true;
        }
        String after = line.substring(end, Math.min(line.length(), end + 4));
        return after.contains("通知") || line.substring(Math.max(0, start - 20), start).contains("关于");
    }
}
