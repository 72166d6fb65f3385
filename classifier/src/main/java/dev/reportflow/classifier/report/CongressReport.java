package dev.reportflow.classifier.report;

import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.split.TitleShape;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A work report delivered to a congress (代表大会): a people's government's 政府工作报告 to its people's
 * congress, or a standing body's report to its own congress (教代会, 妇代会). By its genre such a report
 * reviews the past period and sets the coming one's tasks, so it is a summary and plan even when the
 * saved text stops inside the review. A people's government's report covers the year it reviews and
 * the year it plans, the one after ({@link #governmentYears}).
 */
public record CongressReport(boolean toCongress, boolean byGovernment) {

    public static final CongressReport NONE = new CongressReport(false, false);

    /** The title names the genre itself (政府工作报告; 政府换届工作报告 at the end of a term). */
    private static final Pattern GOVERNMENT_TITLE = Pattern.compile("政府(换届)?工作报告");
    /** The speaker's own words: 我代表…向大会报告工作 / 向大会作工作报告 / 向大会作政府工作报告. */
    private static final Pattern TO_THE_CONGRESS = Pattern.compile("向大会(作|做)?[^,。;:]{0,8}报告");
    /** The report's name in an opening line that holds its title run into the text: 2023X市政府工作报告各位代表:… */
    private static final Pattern NAMED_REPORT = Pattern.compile("((?:19|20)\\d\\d) ?年?[^,。:\\d]{0,10}政府工作报告");
    private static final String GOVERNMENT_REPORT = "政府工作报告";
    /** The subtitle that dates the session: ——2023年3月24日在…人民代表大会第三次会议上, or (2022年1月5日). */
    private static final Pattern SESSION_DATE = Pattern.compile("((?:19|20)\\d\\d) ?年 ?(\\d{1,2}) ?月");

    /**
     * Whether the report with this (folded) title and these opening lines (those before its first
     * section) is a report to a congress. A title of its own that names another report (…实事工作报告,
     * …工作总结) decides against the opening; a page's title that names no report at all (a site's
     * 讲话 heading over a 政府工作报告) does not.
     */
    public static CongressReport read(String title, boolean titleNamesReport, List<String> opening) {
        String plainTitle = title.replace(" ", "");
        if (GOVERNMENT_TITLE.matcher(plainTitle).find()) {
            return new CongressReport(true, true);
        }
        if (!plainTitle.isEmpty() && titleNamesReport) {
            return NONE;
        }
        boolean toCongress = false;
        boolean byGovernment = false;
        for (String line : opening) {
            // the pattern is tried only where its first words stand
            toCongress |= line.contains("人民代表大会") || line.contains("向大会") && TO_THE_CONGRESS.matcher(line).find();
            byGovernment |= line.contains("人民政府") || line.contains("人民代表大会") || line.contains("政府工作报告");
        }
        return toCongress ? new CongressReport(true, byGovernment) : NONE;
    }

    /**
     * The two years a people's government's report covers: the year its review section names (一、2022年
     * 工作回顾; the last when it names several: “九五”时期和2000年) and the next; else the year before its
     * plan section's (二、2025年工作总体要求); else the year before the title's (2023年政府工作报告,
     * delivered early in the year it plans), or before the opening's when the title is run into it; else
     * from the session date: a session early in a year reviews the year before, one late in the year
     * (from October) reviews its own year. Empty when no year is written (a 20XX mask): the years are
     * then unknown, not guessed.
     */
    public static List<Integer> governmentYears(List<Integer> titleYears, List<Role> roles, List<String> headings,
                                                List<String> opening) {
        int reviewed = 0;
        for (int k = 0; k < Math.min(roles.size(), headings.size()) && reviewed == 0; k++) {
            List<Integer> named = TitleShape.years(headings.get(k));
            if (named.isEmpty()) {
                continue;
            }
            int last = named.stream().mapToInt(Integer::intValue).max().getAsInt();
            if (roles.get(k) == Role.REVIEW || roles.get(k) == Role.HIGHLIGHTS) {
                reviewed = last;
            } else if (roles.get(k) == Role.PLAN) {
                reviewed = last - 1;
            }
        }
        if (reviewed == 0 && !titleYears.isEmpty()) {
            reviewed = titleYears.get(titleYears.size() - 1) - 1;
        }
        for (int i = 0; i < opening.size() && reviewed == 0; i++) {
            if (!opening.get(i).contains(GOVERNMENT_REPORT)) {
                continue; // the words NAMED_REPORT ends with: not tried at every char of a line without them
            }
            Matcher named = NAMED_REPORT.matcher(opening.get(i));
            if (named.find()) {
                reviewed = Integer.parseInt(named.group(1)) - 1;
            }
        }
        for (int i = 0; i < opening.size() && reviewed == 0; i++) {
            if (opening.get(i).indexOf('月') < 0) {
                continue; // SESSION_DATE needs a month
            }
            Matcher date = SESSION_DATE.matcher(opening.get(i));
            if (date.find()) {
                int year = Integer.parseInt(date.group(1));
                reviewed = Integer.parseInt(date.group(2)) >= 10 ? year : year - 1;
            }
        }
        return reviewed == 0 ? List.of() : List.of(reviewed, reviewed + 1);
    }

    /**
     * {@code byTitle}, the kind read from the title or the section roles, corrected for a report to a
     * congress: a summary and plan, of the years {@link #governmentYears} finds for a government's
     * report. A special-topic report to a congress (…为民办实事工作报告) keeps its kind.
     */
    public ReportKind correct(ReportKind byTitle, String title, List<Role> roles, List<String> headings,
                              List<String> opening) {
        if (!toCongress || byTitle.kind().startsWith("special_topic_")) {
            return byTitle;
        }
        List<Integer> years = byGovernment ? governmentYears(TitleShape.years(title), roles, headings, opening) : List.of();
        if (years.isEmpty()) {
            years = byTitle.years();
        }
        return new ReportKind("summary_and_plan", years, Evidence.of(byGovernment ? "kind.government-work-report"
                : "kind.congress-report", 1, "a work report to a congress reviews the past period and plans the next: "
                + "summary_and_plan, years " + years));
    }
}
