package dev.reportflow.classifier.report;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar year of a school term named the schools' way, without 年 after the year: a school
 * year starts in the autumn, so its first term (第一学期, 上学期) lies in the year that names it and its
 * second term (第二学期, 下学期) in the next: 2017学年第一学期 → 2017, 2022学年第二学期 → 2023,
 * 2022-2023学年度第二学期 → 2023.
 */
final class SchoolTerm {

    private static final Pattern TERM = Pattern.compile(
            "((?:19|20)\\d\\d)(?:[-—~至]((?:19|20)\\d\\d))? ?学年度?(第一学期|上学期|第二学期|下学期)");

    private SchoolTerm() {
    }

    /** The year of the first school term {@code text} names, or none. */
    static List<Integer> year(String text) {
        Matcher m = TERM.matcher(text);
        if (!m.find()) {
            return List.of();
        }
        int autumn = Integer.parseInt(m.group(1));
        boolean spring = m.group(3).equals("第二学期") || m.group(3).equals("下学期");
        return List.of(spring ? (m.group(2) != null ? Integer.parseInt(m.group(2)) : autumn + 1) : autumn);
    }
}
