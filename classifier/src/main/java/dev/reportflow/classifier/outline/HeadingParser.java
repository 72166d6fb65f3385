package dev.reportflow.classifier.outline;

import dev.reportflow.classifier.text.Folding;
import java.util.List;

/**
 * Recognises the numbering at the start of a folded line, by hand rather than by regular
 * expression so that a line of any length costs a few character reads.
 */
public final class HeadingParser {

    /** A 第一… heading is a short line; a longer one is a paragraph that enumerates. */
    private static final int MAX_PART_LINE = 50;

    private HeadingParser() {
    }

    /** The numbering that starts {@code line}, or null. */
    public static NumberedLine parse(String line) {
        int i = skipSpaces(line, 0);
        if (i >= line.length()) {
            return null;
        }
        char c = line.charAt(i);
        if (c == '第') {
            return part(line, i + 1);
        }
        if (c == '(') {
            return parenthesised(line, i + 1);
        }
        if (isChineseDigit(c)) {
            return chinese(line, i);
        }
        if (c >= '0' && c <= '9') {
            return arabic(line, i);
        }
        if (c >= CIRCLED_ONE && c <= CIRCLED_TWENTY) {
            return new NumberedLine(Numbering.CIRCLED, c - CIRCLED_ONE + 1, false, skipSpaces(line, i + 1));
        }
        return null;
    }

    /** ① … ⑳: the lowest numbered level; the level below 一、 where a report has no other ("①完善安全制度:", extra-025). */
    private static final char CIRCLED_ONE = '\u2460';
    private static final char CIRCLED_TWENTY = '\u2473';

    private static NumberedLine part(String line, int i) {
        int end = chineseNumeralEnd(line, i);
        int value = chineseValue(line, i, end);
        if (value <= 0 || line.strip().length() > MAX_PART_LINE || end >= line.length()) {
            return null;
        }
        if (line.startsWith("部分", end)) {
            return new NumberedLine(Numbering.PART, value, false, skipSeparators(line, end + 2));
        }
        char next = line.charAt(end);
        if (next == '篇' && namesAReport(line.stripTrailing())) {
            return null; // 第一篇:某某社区2014年上半年党建工作总结: a page's article number, over a whole report
        }
        if (next == '章' || next == '篇' || next == '节') {
            return new NumberedLine(Numbering.PART, value, false, skipSeparators(line, end + 1));
        }
        if (next == '、' || next == ',' || next == '.' || next == ':') {
            return new NumberedLine(Numbering.PART, value, false, skipSpaces(line, end + 1));
        }
        return null;
    }

    /** The nouns a report's title ends with; a part of a report is not named so. */
    private static final List<String> REPORT_ENDINGS = List.of("总结", "报告", "汇报", "计划", "打算", "述职");

    private static boolean namesAReport(String line) {
        return REPORT_ENDINGS.stream().anyMatch(line::endsWith);
    }

    private static NumberedLine parenthesised(String line, int i) {
        if (i >= line.length()) {
            return null;
        }
        if (isChineseDigit(line.charAt(i))) {
            int end = chineseNumeralEnd(line, i);
            int value = chineseValue(line, i, end);
            if (value > 0 && end < line.length() && line.charAt(end) == ')') {
                return new NumberedLine(Numbering.CHINESE_PAREN, value, false, skipSpaces(line, end + 1));
            }
            return null;
        }
        int end = digitsEnd(line, i);
        if (end > i && end - i <= 2 && end < line.length() && line.charAt(end) == ')') {
            int value = Integer.parseInt(line, i, end, 10);
            return value > 0 ? new NumberedLine(Numbering.ARABIC_PAREN, value, false, skipSpaces(line, end + 1)) : null;
        }
        return null;
    }

    private static NumberedLine chinese(String line, int i) {
        int end = chineseNumeralEnd(line, i);
        int value = chineseValue(line, i, end);
        if (value <= 0 || end >= line.length()) {
            return null;
        }
        char next = line.charAt(end);
        if (next == '是' || next == '要') {
            return new NumberedLine(Numbering.ORDINAL_CLAUSE, value, false, end + 1);
        }
        if (next != '、' && next != '.') {
            return null;
        }
        if (listsNumbers(line, end + 1, value)) {
            return null;
        }
        return new NumberedLine(Numbering.CHINESE, value, false, skipSpaces(line, end + 1));
    }

    /**
     * "一、二级公路…", "三、四季度…", "二、三产业…", "一、二、三类…": after "N、" the numbers go on
     * counting (N+1, N+2 …, each joined by 、) and end on a measure or unit word. That enumerates
     * grades, quarters or sectors; it does not number a heading. A numeral right after 、 that is
     * followed by 、 or a grade word (级 类 等 档 批 期) enumerates whatever its value.
     */
    static boolean listsNumbers(String line, int i, int first) {
        if (i + 1 >= line.length() || !isChineseDigit(line.charAt(i))) {
            return false;
        }
        char after = line.charAt(i + 1);
        if (after == '、' || GRADE_WORDS.indexOf(after) >= 0) {
            return true;
        }
        int expected = first + 1;
        int at = i;
        for (int n = 0; n < 3; n++) {
            int end = chineseNumeralEnd(line, at);
            if (chineseValue(line, at, end) != expected || end >= line.length()) {
                return false;
            }
            char next = line.charAt(end);
            if (next == '、' && end + 1 < line.length() && isChineseDigit(line.charAt(end + 1))) {
                at = end + 1;
                expected++;
                continue;
            }
            return isUnitWord(line, end);
        }
        return false;
    }

    /** Grade words: a numeral before them is a grade whatever the count ("一、三类"). */
    private static final String GRADE_WORDS = "级类等档批期";
    /** Measure and unit words that end a counted enumeration ("三、四季度", "二、三产业", "一、二年级"). */
    private static final String UNIT_CHARS = "季月产孩胎星线环号届轮代种项次层甲品";
    private static final String[] UNIT_WORDS = {"年级", "年度", "产业", "个", "档次", "批次", "等奖"};

    private static boolean isUnitWord(String line, int at) {
        if (UNIT_CHARS.indexOf(line.charAt(at)) >= 0) {
            return true;
        }
        for (String word : UNIT_WORDS) {
            if (line.startsWith(word, at)) {
                return true;
            }
        }
        return false;
    }

    private static NumberedLine arabic(String line, int i) {
        int end = digitsEnd(line, i);
        if (end - i > 2 || end >= line.length()) {
            return null;
        }
        char next = line.charAt(end);
        if (next != '、' && next != '.') {
            return null;
        }
        int value = Integer.parseInt(line, i, end, 10);
        if (value <= 0) {
            return null;
        }
        int text = skipSpaces(line, end + 1);
        boolean weak = text < line.length() && Character.isDigit(line.charAt(text)) && !startsWithYear(line, text);
        return new NumberedLine(Numbering.ARABIC, value, weak, text);
    }

    /** "1.2023年度重点工作…": a heading whose words begin with a year. */
    private static boolean startsWithYear(String line, int i) {
        return i + 4 < line.length() && (line.startsWith("20", i) || line.startsWith("19", i))
                && Character.isDigit(line.charAt(i + 2)) && Character.isDigit(line.charAt(i + 3))
                && (line.charAt(i + 4) == '年' || line.charAt(i + 4) == ' ');
    }

    static boolean isChineseDigit(char c) {
        return "一二三四五六七八九十".indexOf(c) >= 0;
    }

    private static int chineseNumeralEnd(String line, int i) {
        int end = i;
        while (end < line.length() && end - i < 3 && isChineseDigit(line.charAt(end))) {
            end++;
        }
        return end;
    }

    /** 一 … 九十九; 0 when the characters are not a number (一二, 十十). */
    static int chineseValue(String s, int from, int to) {
        if (to <= from) {
            return 0;
        }
        int ten = -1;
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '十') {
                if (ten >= 0) {
                    return 0;
                }
                ten = k;
            }
        }
        if (ten < 0) {
            return to - from == 1 ? digit(s.charAt(from)) : 0;
        }
        int tens = ten == from ? 1 : ten - from == 1 ? digit(s.charAt(from)) : 0;
        int units = ten == to - 1 ? 0 : to - ten == 2 ? digit(s.charAt(ten + 1)) : -1;
        return tens <= 0 || units < 0 ? 0 : tens * 10 + units;
    }

    private static int digit(char c) {
        return "一二三四五六七八九".indexOf(c) + 1;
    }

    private static int digitsEnd(String s, int i) {
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Folding.isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSeparators(String s, int i) {
        i = skipSpaces(s, i);
        while (i < s.length() && (s.charAt(i) == '、' || s.charAt(i) == ',' || s.charAt(i) == ':' || s.charAt(i) == '.')) {
            i++;
        }
        return skipSpaces(s, i);
    }
}
