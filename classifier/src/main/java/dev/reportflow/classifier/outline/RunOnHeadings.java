package dev.reportflow.classifier.outline;

import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.TextLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the top-level headings (一、二、三…) that a flattened web page left in the middle of a line
 * ("…全市安全生产形势稳定向好。一、2023年工作总结(一)…。二、存在的问题…"), and cuts the line before each,
 * so that the outline is read as if the page had kept its lines.
 *
 * <p>A heading is taken only where an enumeration inside a sentence cannot be: in a long line, after
 * the end of a sentence (or right after the title, "…工作总结报告一、"), and continuing the count of
 * the 一、 headings met so far in the text (一、 starts it; 二、 must follow 一、, and so on). The items
 * of an enumeration (parted by ';', or closer together than a heading and its body) are not headings.
 *
 * <p>The level below, （一）（二）…, is cut the same way, for the page flattened its parts' headings
 * too ("一、2023年工作总结(一)全力防范安全生产风险。一是…。(二)…"): each continues the count of the
 * （一） headings since the last 一、 heading, after the end of a sentence; （一） may also follow the
 * words of the 一、 heading at once, as it does when the heading has no stop of its own.
 */
public final class RunOnHeadings {

    /** A line shorter than this is a line of its own, not a flattened page. */
    static final int LONG_LINE = 200;
    /**
     * A shorter line is also a flattened page when it holds a report's opening formula (我代表…向大会
     * 报告工作…提出意见。一、2021年工作回顾…; 现将…汇报如下:一、…): the first part follows that formula.
     */
    static final int OPENED_LINE = 80;
    private static final List<String> OPENING_FORMULAS = List.of("向大会", "汇报如下:", "报告如下:", "总结如下:");

    /** The fewest characters between two headings on a line: a heading and at least a short body. */
    static final int MIN_SECTION = 20;
    /**
     * The marks (folded) after which a heading may start: the end of a sentence, or of "总结如下:".
     * Not ';', which parts the items of an enumeration ("一、经济结构单一;二、项目少").
     */
    private static final String SENTENCE_ENDS = "。!?:";
    /** The words a report's title ends with, after which its first heading may follow at once. */
    private static final List<String> TITLE_ENDS = List.of("总结", "报告", "安排", "计划", "要点", "汇报", "思路", "打算", "谋划");

    private RunOnHeadings() {
    }

    /** {@code lines} with each long line cut before the 一、 headings it holds; the same lines when none does. */
    public static TextLines cut(TextLines lines, Rules rules) {
        Map<Integer, int[]> cuts = new LinkedHashMap<>();
        int last = 0;
        int lastPart = 0;
        int lastItem = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.folded(i);
            int strayStop = Math.max(0, headingAfterStrayStop(line));
            NumberedLine start = HeadingParser.parse(strayStop > 0 ? line.substring(strayStop) : line);
            int partHeading = -1;
            if (start != null && start.style() == Numbering.CHINESE) {
                last = start.number();
                lastPart = 0;
                lastItem = 0;
                partHeading = strayStop + start.textStart();
            } else if (start != null && start.style() == Numbering.CHINESE_PAREN) {
                lastPart = start.number();
            } else if (start != null && start.style() == Numbering.ARABIC) {
                lastItem = start.number();
            }
            List<Integer> at = new ArrayList<>();
            if (strayStop > 0) {
                at.add(strayStop);
            }
            if (line.length() < OPENED_LINE) {
                addCuts(cuts, i, at);
                continue;
            }
            int[] roleHeading = roleHeadingAfterFormula(line, rules);
            if (roleHeading != null) {
                at.add(roleHeading[0]);
                at.add(roleHeading[1]);
            }
            if (line.length() < LONG_LINE && !opensWithFormula(line)) {
                addCuts(cuts, i, at);
                continue;
            }
            int previous = -1;
            for (int p = nextMark(line, 1); p >= 0; p = nextMark(line, p + 1)) {
                boolean paren = line.charAt(p) == '(';
                int heading = paren ? p : Math.max(numeralStart(line, p), arabicStart(line, p));
                if (heading <= 0 || paren && (p + 1 >= line.length() || !HeadingParser.isChineseDigit(line.charAt(p + 1)))) {
                    continue;
                }
                NumberedLine n = HeadingParser.parse(line.substring(heading));
                if (n == null || n.weak() || enumerates(line, heading)) {
                    continue;
                }
                boolean apart = previous < 0 || heading - previous >= MIN_SECTION;
                if (n.style() == Numbering.CHINESE && apart && counts(n.number(), last)
                        && opensHere(line, heading, n.number())) {
                    last = n.number();
                    lastPart = 0;
                    lastItem = 0;
                    partHeading = heading + n.textStart();
                } else if (n.style() == Numbering.CHINESE_PAREN && n.number() == lastPart + 1
                        && (apart && afterSentence(line, heading)
                            || n.number() == 1 && followsHeadingWords(line, partHeading, heading))) {
                    lastPart = n.number();
                } else if (n.style() == Numbering.ARABIC && last > 0 && lastPart == 0 && n.number() == lastItem + 1
                        && (apart && afterSentence(line, heading)
                            || n.number() == 1 && followsHeadingWords(line, partHeading, heading))) {
                    lastItem = n.number();
                } else {
                    continue;
                }
                at.add(heading);
                previous = heading;
            }
            addCuts(cuts, i, at);
        }
        return lines.cutAt(cuts);
    }

    /** The marks that end the sentence of the line above. */
    private static final String STRAY_STOPS = "。;";

    /**
     * Where a heading starts that follows the stop of the sentence above, when a PDF copy broke the
     * line before that stop ("99.8%" over "。 (四)加强环卫各项工作,确保辖区环境卫生的干净、整洁。",
     * more-014 lines 38-39), or -1: the line is the stop, spaces and a numbered heading.
     */
    static int headingAfterStrayStop(String line) {
        if (line.isEmpty() || STRAY_STOPS.indexOf(line.charAt(0)) < 0) {
            return -1;
        }
        int at = 1;
        while (at < line.length() && Character.isWhitespace(line.charAt(at))) {
            at++;
        }
        NumberedLine n = at < line.length() ? HeadingParser.parse(line.substring(at)) : null;
        return n == null || n.weak() || n.style() == Numbering.ORDINAL_CLAUSE ? -1 : at;
    }

    private static void addCuts(Map<Integer, int[]> cuts, int line, List<Integer> at) {
        if (!at.isEmpty()) {
            cuts.put(line, at.stream().mapToInt(Integer::intValue).sorted().distinct().toArray());
        }
    }

    /**
     * Where the unnumbered heading of the first part starts and ends, when a flattened page runs it in
     * after the opening formula ("…向大会报告工作,请予审议,X市政协委员提出意见。2022年工作回顾2022年极为不易…";
     * "…提出意见。  过去五年的工作回顾  20xx年以来…"), or null: the words after the formula's sentence, up
     * to a space or else up to the first role word, make a heading by its role alone ({@link UnnumberedHeading}).
     */
    private static int[] roleHeadingAfterFormula(String line, Rules rules) {
        int stop = formulaEnd(line);
        if (stop < 0) {
            return null;
        }
        int start = stop + 1;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        if (start >= line.length() || HeadingParser.parse(line.substring(start)) != null) {
            return null;
        }
        int limit = Math.min(line.length(), start + UnnumberedHeading.MAX_LENGTH + 1);
        for (int end = start + 1; end < limit; end++) {
            if (Character.isWhitespace(line.charAt(end))) {
                return UnnumberedHeading.roleOf(line.substring(start, end), rules) == null ? null : new int[] {start, end};
            }
        }
        for (int end = start + 2; end < limit; end++) {
            if (UnnumberedHeading.roleOf(line.substring(start, end), rules) != null) {
                return new int[] {start, end};
            }
        }
        return null;
    }

    /** The next '、' (after a 一、 numeral) or '(' (of a （一）) at or after {@code from}, or -1. */
    private static int nextMark(String line, int from) {
        for (int p = from; p < line.length(); p++) {
            char c = line.charAt(p);
            if (c == '、' || c == '(') {
                return p;
            }
        }
        return -1;
    }

    /** The longest 一、 heading that a （一） may follow at once, without a stop between them. */
    static final int HEADING_WORDS = 40;

    /**
     * Whether the （一） at {@code heading} follows the words of the 一、 heading that start at
     * {@code words} ("一、2023年工作总结(一)…"): close after them, with no sentence ended between.
     */
    private static boolean followsHeadingWords(String line, int words, int heading) {
        if (words < 0 || heading <= words || heading - words > HEADING_WORDS) {
            return false;
        }
        for (int p = words; p < heading; p++) {
            if (SENTENCE_ENDS.indexOf(line.charAt(p)) >= 0 || line.charAt(p) == ';') {
                return false;
            }
        }
        return true;
    }

    /** Whether the line's opening formula is followed by 一、 after the end of its sentence. */
    private static boolean opensWithFormula(String line) {
        int stop = formulaEnd(line);
        return stop >= 0 && line.startsWith("一、", stop + 1);
    }

    /** Where the sentence of the line's opening formula ends (its '。', or the colon of 汇报如下:), or -1. */
    private static int formulaEnd(String line) {
        for (String formula : OPENING_FORMULAS) {
            int at = line.indexOf(formula);
            if (at < 0) {
                continue;
            }
            int stop = formula.endsWith(":") ? at + formula.length() - 1 : line.indexOf('。', at);
            if (stop >= 0) {
                return stop;
            }
        }
        return -1;
    }

    /**
     * Where the arabic number (one or two digits, no part of a longer figure) that ends just before the 、 at
     * {@code mark} starts, or -1: the 1、 headings of a part that has no （一） level, run into their line as its
     * （一） are ("一、科普服务职能稳步提升1、巩固创建成果,落实工作职责。…。2、争取经费保障,…").
     */
    private static int arabicStart(String line, int mark) {
        if (line.charAt(mark) != '、') {
            return -1;
        }
        int p = mark;
        while (p > 0 && Character.isDigit(line.charAt(p - 1)) && mark - p < 2) {
            p--;
        }
        boolean partOfFigure = p > 0 && (Character.isDigit(line.charAt(p - 1)) || line.charAt(p - 1) == '.');
        return p == mark || partOfFigure ? -1 : p;
    }

    /** Where the Chinese numeral that ends just before the 、 at {@code mark} starts, or -1. */
    private static int numeralStart(String line, int mark) {
        int p = mark;
        while (p > 0 && HeadingParser.isChineseDigit(line.charAt(p - 1)) && mark - p < 3) {
            p--;
        }
        return p == mark ? -1 : p;
    }

    /**
     * Whether the numbered words at {@code heading} are an item of an enumeration rather than a
     * heading: their sentence goes on to a ';' that the next number follows ("一、经济结构单一;二、项目少;
     * 三、后劲不足。"). A ';' that parts the figures of a heading's body ("一、主要经济指标完成状况 估量到12月底,
     * 实现工业销售收入…,同比增长%;引进内资…") leads to no number: the heading is a heading.
     */
    private static boolean enumerates(String line, int heading) {
        int stop = line.indexOf('。', heading);
        for (int semicolon = line.indexOf(';', heading); semicolon >= 0 && (stop < 0 || semicolon < stop);
             semicolon = line.indexOf(';', semicolon + 1)) {
            int next = semicolon + 1;
            while (next < line.length() && Character.isWhitespace(line.charAt(next))) {
                next++;
            }
            if (next < line.length() && HeadingParser.parse(line.substring(next)) != null) {
                return true;
            }
        }
        return false;
    }

    /** 一、 starts a count (a report, or the next one in a compilation); any other number continues it. */
    private static boolean counts(int number, int last) {
        return number == 1 || number == last + 1;
    }

    /** A heading opens after a sentence; the first may also follow the title at once. */
    private static boolean opensHere(String line, int heading, int number) {
        return afterSentence(line, heading) || number == 1 && afterTitle(line, heading);
    }

    private static boolean afterSentence(String line, int heading) {
        int p = heading - 1;
        while (p > 0 && Character.isWhitespace(line.charAt(p))) {
            p--;
        }
        return SENTENCE_ENDS.indexOf(line.charAt(p)) >= 0;
    }

    private static boolean afterTitle(String line, int heading) {
        String before = line.substring(0, heading).stripTrailing();
        return TITLE_ENDS.stream().anyMatch(before::endsWith);
    }
}
