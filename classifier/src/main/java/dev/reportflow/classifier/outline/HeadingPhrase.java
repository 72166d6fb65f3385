package dev.reportflow.classifier.outline;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a heading: from after its numbering to the first full stop, semicolon or colon, for
 * headings that share their line with body text ("（一）强化收支管理，财政运行总体平稳。一是…"), or to the
 * space where a flattened page broke the line ("一、工作开展情况 一是越级访治理效果较好…").
 */
public final class HeadingPhrase {

    /** Longer than this, a heading without a stop is cut: the rest is body text. */
    public static final int MAX_LENGTH = 40;

    private HeadingPhrase() {
    }

    /**
     * The end (exclusive) of the phrase that starts at {@code start} in the folded {@code line}. In a
     * line that runs on past the longest heading (a flattened page), a space after the heading's first
     * words ends it before any stop does ({@link #bodyGap}).
     */
    public static int end(String line, int start) {
        int limit = Math.min(line.length(), start + MAX_LENGTH);
        int end = -1;
        for (int i = start; i < limit && end < 0; i++) {
            char c = line.charAt(i);
            if (c == '。' || c == ';' || c == ':') {
                end = i;
            }
        }
        if (end < 0) {
            end = limit;
            while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
        }
        if (line.length() <= start + MAX_LENGTH) {
            return end;
        }
        int gap = bodyGap(line, start, end);
        if (gap >= 0) {
            return gap;
        }
        int body = bodyStart(line, start, end);
        return body >= 0 ? body : end;
    }

    /** Part headings that name their part by its role alone: a page that lost its line break runs the body in after them. */
    private static final List<String> ROLE_ENDINGS = List.of("工作回顾", "工作总结", "工作回忆", "基本情况");
    /** What joins a role ending to more heading words (2021年工作总结及过去五年工作回顾, 工作回顾与展望). */
    private static final String JOINERS = "及和与暨、,的以并之中";
    /** Words that open a report's paragraph, never a heading's words: its time frame, its purpose, its term of office. */
    private static final List<String> BODY_OPENINGS = List.of("今年以来", "今年上半年", "上半年以来", "去年以来", "近年来",
            "近几年来", "一年来", "刚刚过去的一年", "过去的一年", "为确保", "为确实", "为进一步", "本届政府");
    /** A year that opens a paragraph by saying what it was ("2021年是中国共产党建党一百周年"). */
    private static final Pattern YEAR_WAS = Pattern.compile("(?:19|20)\\d\\d年是");

    /**
     * Where the body starts, run in after a heading with no stop or space between them, or -1: right
     * after a role ending that no joiner continues ("2022年工作回顾刚刚过去的一年,…"; "2021年工作总结作为…的主平台"),
     * or at the words that open a paragraph ("基本公共卫生服务为确保…"; "…工作机制近几年来,…"; "…工作回顾2021年是…").
     */
    private static int bodyStart(String line, int start, int end) {
        String head = line.substring(0, end); // the search stays within the heading's longest extent
        int first = -1;
        for (String ending : ROLE_ENDINGS) {
            for (int at = head.indexOf(ending, start); at >= 0 && at < end; at = head.indexOf(ending, at + 1)) {
                int after = at + ending.length();
                if (after < end && JOINERS.indexOf(head.charAt(after)) < 0 && (first < 0 || after < first)) {
                    first = after;
                    break;
                }
            }
        }
        for (String opening : BODY_OPENINGS) {
            int at = head.indexOf(opening, start + MIN_WORDS);
            if (at >= 0 && at < end && runsIn(head, at) && (first < 0 || at < first)) {
                first = at;
            }
        }
        Matcher year = YEAR_WAS.matcher(head).region(Math.min(start + MIN_WORDS, end), end);
        if (year.find() && runsIn(head, year.start()) && (first < 0 || year.start() < first)) {
            first = year.start();
        }
        return first;
    }

    /**
     * Whether the words at {@code at} follow a heading's last word at once: after a comma they are a
     * clause of the same sentence ("…国际妇女节来临之际，为进一步引导…"), and the line is an item that is a sentence.
     */
    private static boolean runsIn(String line, int at) {
        return Character.isIdeographic(line.charAt(at - 1));
    }

    /** The fewest words before a gap that can end a heading. */
    static final int MIN_WORDS = 4;

    /**
     * Where a space parts the heading from its body, or -1: a flattened page keeps a space where the
     * line broke ("一、xxxx年工作回顾 过去的一年,是…"; "一、围绕时代主题,学习宣传贯彻中央精神有新成效 各级妇联组织…"),
     * so in such a line the first space after the heading's first words ends it, before any stop.
     */
    private static int bodyGap(String line, int start, int end) {
        int from = start;
        while (from < end && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        for (int i = from + MIN_WORDS; i < end; i++) {
            if (Character.isWhitespace(line.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The heading as printed: the original line up to the end of its phrase (with its stop). */
    public static String printed(String originalLine, String foldedLine, int phraseEnd) {
        int end = phraseEnd < foldedLine.length() && foldedLine.charAt(phraseEnd) == '。' ? phraseEnd + 1 : phraseEnd;
        return originalLine.substring(0, Math.min(end, originalLine.length())).strip();
    }
}
