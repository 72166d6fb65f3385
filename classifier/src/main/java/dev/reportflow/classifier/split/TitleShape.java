package dev.reportflow.classifier.split;

import dev.reportflow.classifier.outline.HeadingParser;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.rules.TitleWord;
import java.util.ArrayList;
import java.util.List;

/**
 * What a line looks like as a report title: a short line, no sentence, naming a summary or a plan
 * and a year ("区审计局2023年工作总结和2024年工作计划"). A title is strong when it names two years,
 * both a summary and a plan, or a body before its year; "2024年工作计划" alone is weak, because
 * reports use exactly that as an unnumbered section heading.
 */
public record TitleShape(boolean titleLike, boolean strong, List<Integer> years, boolean summary, boolean plan,
                         int firstYearAt) {

    private static final TitleShape NOT_A_TITLE = new TitleShape(false, false, List.of(), false, false, -1);
    private static final int MIN_LENGTH = 6;
    private static final int MAX_LENGTH = 60;

    /** The shape of a trimmed, folded line. */
    public static TitleShape of(String line, Rules rules) {
        if (line.length() < MIN_LENGTH || line.length() > MAX_LENGTH || HeadingParser.parse(line) != null
                || namesCompilation(line) || line.contains("目录") || line.endsWith(":") || line.endsWith(",")) {
            return NOT_A_TITLE;
        }
        int commas = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '。' || c == ';') {
                return NOT_A_TITLE;
            }
            if (c == ',') {
                commas++;
            }
        }
        if (commas > 1) {
            return NOT_A_TITLE;
        }
        boolean[] words = new boolean[TitleWord.values().length];
        rules.titleWords().scan(line, 0, line.length(), (TitleWord w, String term, int s, int e) -> {
            if (w != TitleWord.OTHER_DOCUMENT || endsTitle(line, e)) {
                words[w.ordinal()] = true;
            }
        });
        if (words[TitleWord.OTHER_DOCUMENT.ordinal()]) {
            return NOT_A_TITLE; // "关于召开2024年工作总结会议的通知" is a notice about reports, not one
        }
        boolean summary = words[TitleWord.SUMMARY.ordinal()];
        boolean plan = words[TitleWord.PLAN.ordinal()];
        List<Integer> years = years(line);
        if (!summary && !plan || years.isEmpty()) {
            return NOT_A_TITLE;
        }
        int firstYearAt = yearAt(line, 0);
        boolean namesBody = firstYearAt > 0 && hasWords(line, firstYearAt);
        boolean strong = years.size() >= 2 || summary && plan || namesBody;
        return new TitleShape(true, strong, years, summary, plan, firstYearAt);
    }

    /** The marks by which a web page's title goes on to the site's name ("…的通知-武汉大学", "…_XX网"). */
    private static final String SITE_NAME_MARKS = "-_|";
    private static final int MAX_SITE_NAME = 20;

    /**
     * Whether the title's own words end at {@code end}: the line ends there, or goes on only to the
     * name of the site that published the page, after a dash, underscore or bar.
     */
    private static boolean endsTitle(String line, int end) {
        String rest = line.substring(end).strip();
        return rest.isEmpty() || SITE_NAME_MARKS.indexOf(rest.charAt(0)) >= 0 && rest.length() <= MAX_SITE_NAME
                && rest.indexOf('。') < 0;
    }

    /** The nouns of a report's title, whatever else it says (政府工作报告, 上半年工作汇报, 工作情况). */
    private static final List<String> REPORT_NOUNS = List.of("工作报告", "工作总结", "工作汇报", "工作情况", "工作计划",
            "工作要点", "工作思路", "工作打算", "工作安排", "年度报告", "情况报告", "总结报告", "总结", "汇报");
    private static final int MIN_REPORT_TITLE = 4;
    /** Words of a line about a report rather than of its title: a covering notice, news of a meeting, a speech. */
    private static final List<String> ABOUT_A_REPORT = List.of("通知", "印发", "转发", "召开", "举行", "讲话", "会议");

    /**
     * Whether a trimmed, folded line reads as a report's title even without a year ("XX镇政府工作报告",
     * "政 府 工 作 报 告", "上半年工作总结"): short, no sentence, a report noun. Used where no stronger
     * title was found, to tell where a report without an outline begins. A question ("什么是社区工作报告?")
     * is no title: a report does not ask what it is.
     */
    public static boolean namesReport(String line) {
        String s = withoutLetterSpacing(withoutBreadcrumb(line));
        if (s.length() < MIN_REPORT_TITLE || s.length() > MAX_LENGTH || s.indexOf('。') >= 0 || s.indexOf(';') >= 0
                || s.endsWith(":") || s.endsWith("?") || s.indexOf(',', s.indexOf(',') + 1) > 0) {
            return false;
        }
        for (String word : ABOUT_A_REPORT) {
            if (s.contains(word)) {
                return false;
            }
        }
        String own = s.startsWith("《") ? s : withoutBookTitles(s);
        for (String noun : REPORT_NOUNS) {
            if (own.contains(noun)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line without the names it quotes in 《》: a report named so is another's, mentioned
     * ("△县人民政府县长张勇作《政府工作报告》", a news photo's caption), not the line's own title.
     */
    private static String withoutBookTitles(String line) {
        int open = line.indexOf('《');
        if (open < 0) {
            return line;
        }
        StringBuilder own = new StringBuilder(line.length());
        int from = 0;
        while (open >= 0) {
            int close = line.indexOf('》', open);
            if (close < 0) {
                break;
            }
            own.append(line, from, open);
            from = close + 1;
            open = line.indexOf('《', from);
        }
        return own.append(line, from, line.length()).toString();
    }

    /**
     * What a page's breadcrumb line ends with, its own page ("当前位置:首页 > 办公文档 > 事务文书 > XX局2023年工作总结"
     * → "XX局2023年工作总结"); any other line as it is.
     */
    public static String withoutBreadcrumb(String line) {
        int last = line.lastIndexOf('>');
        if (last < 0 || !(line.contains("当前位置") || line.indexOf('>') < last)) {
            return line;
        }
        return line.substring(last + 1).strip();
    }

    /**
     * A title typeset with a space between its characters ("政 府 工 作 报 告") as it reads: the spaces
     * dropped when every piece between them is one or two characters long.
     */
    public static String withoutLetterSpacing(String line) {
        // one pass over the chars, no regex: it runs on every line near a text's start
        String s = line.strip();
        int pieces = 0;
        int pieceLength = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                pieceLength = 0;
            } else if (++pieceLength > 2) {
                return line;
            } else if (pieceLength == 1) {
                pieces++;
            }
        }
        return pieces < 4 ? line : s.replace(" ", "");
    }

    /** Words that make a line the title of a compilation of reports (…工作总结汇编, …工作计划选编), not of a report. */
    private static final List<String> COMPILATION_WORDS = List.of("汇编", "选编", "摘编", "合编");

    /** Whether a line names a compilation ("2024年工作总结及2025年工作计划选编"). */
    public static boolean namesCompilation(String line) {
        for (String word : COMPILATION_WORDS) {
            if (line.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Every year 19xx/20xx written with 年 (or 年度) after it, in order, without repeats. */
    public static List<Integer> years(String s) {
        List<Integer> years = new ArrayList<>();
        for (int at = yearAt(s, 0); at >= 0; at = yearAt(s, at + 4)) {
            int year = Integer.parseInt(s, at, at + 4, 10);
            if (!years.contains(year)) {
                years.add(year);
            }
        }
        return years;
    }

    /** Where the next year starts at or after {@code from}, or -1. A space may sit before 年 ("2024 年度"). */
    public static int yearAt(String s, int from) {
        for (int i = from; i + 4 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '2' && s.charAt(i + 1) == '0' || c == '1' && s.charAt(i + 1) == '9')
                    && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3)) && (i == 0 || !isDigit(s.charAt(i - 1)))) {
                int j = i + 4;
                while (j < s.length() && s.charAt(j) == ' ') {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == '年') {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean hasWords(String s, int to) {
        for (int i = 0; i < to; i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
