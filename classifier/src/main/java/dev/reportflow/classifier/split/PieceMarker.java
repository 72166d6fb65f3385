package dev.reportflow.classifier.split;

import dev.reportflow.classifier.outline.HeadingParser;
import dev.reportflow.classifier.text.LineShapes;
import dev.reportflow.classifier.text.TextLines;

/**
 * A model-essay page's mark of one piece among several ("范文" sites put several offices' reports on
 * one page): "第一篇:XX工作总结", "【篇一】", "篇二:…", "范文3", or the piece's own title numbered at its
 * end ("妇幼工作总结汇总篇二", "中学学校工作总结 篇1", "妇幼卫生年度工作总结1"). Each piece is a report of its
 * own, whatever the shape of its title: the mark is the boundary, and the piece's title line its title.
 *
 * <p>A mark before the title ("第一篇:") is the site's: when the next line repeats the title, that line
 * is the report's title and the mark stays outside; a mark standing alone is followed by the title.
 * A piece counts only when its title names a report: a plan's part ("第一篇 总体要求") or a person's deeds
 * ("第一篇:XX同志事迹报告") is no report boundary.
 */
record PieceMarker(int boundary, int titleLine) {

    /** Longer than this, a line holds a paragraph, not a piece's title. */
    private static final int MAX_TITLE = 60;
    /** How far below a mark standing alone its title may stand. */
    private static final int TITLE_REACH = 3;
    private static final String NUMERALS = "一二三四五六七八九十";
    /** A repeat of a title's end is as long as a title at least: "总结" alone is no repeat. */
    private static final int MIN_REPEAT = 6;

    /**
     * The piece marked at line {@code i} (folded), or null: where the report before it ends (the
     * line before {@code boundary}) and its title line.
     */
    static PieceMarker at(TextLines lines, int i) {
        String line = lines.foldedTrimmed(i);
        if (line.isEmpty() || line.length() > MAX_TITLE) {
            return null;
        }
        int rest = leadingMarkEnd(line);
        if (rest < 0) {
            return numberedAtEnd(line) ? new PieceMarker(i, i) : null;
        }
        String title = line.substring(rest).strip();
        if (title.isEmpty()) {
            int next = nextContent(lines, i + 1, i + TITLE_REACH);
            return next >= 0 && isReportTitle(lines.foldedTrimmed(next))
                    ? new PieceMarker(i, lastRepeat(lines, next, lines.foldedTrimmed(next))) : null;
        }
        if (!isReportTitle(title)) {
            return null;
        }
        return new PieceMarker(i, lastRepeat(lines, i, title));
    }

    /**
     * The last of the title lines just below {@code first} (a mark with its title, or a piece's first
     * title line): the site repeats a piece's title, whole or its end, or gives its file's name, before
     * the piece's own title ("第一篇:某某社区…总结" / "社区…总结" / "某某社区…总结"; "篇一:乡镇人大会,政府工作报告"
     * / "镇人代会政府工作报告" / "XX镇政府工作报告"). {@code first} itself when no title line follows.
     */
    private static int lastRepeat(TextLines lines, int first, String title) {
        int titleLine = first;
        for (int next = nextContent(lines, first + 1, first + TITLE_REACH); next >= 0;
             next = nextContent(lines, next + 1, next + TITLE_REACH)) {
            String line = lines.foldedTrimmed(next);
            boolean repeat = line.length() >= MIN_REPEAT && title.endsWith(line);
            if (!repeat && !isReportTitle(line) || LineShapes.isParagraph(line)) {
                break;
            }
            titleLine = next;
        }
        return titleLine;
    }

    /**
     * Whether a piece's title names a report ({@link TitleShape#namesReport}) and is not itself a
     * numbered heading. Pieces of other kinds (a speech, a person's deeds, a plan's part "第一篇 总体要求")
     * are no report boundary.
     */
    private static boolean isReportTitle(String title) {
        return title.length() <= MAX_TITLE && HeadingParser.parse(title) == null && TitleShape.namesReport(title);
    }

    /**
     * Where the text after a leading mark starts, or -1: "第一篇", "第1篇", "篇一", "范文一", "范文1", each
     * bracketed or not, then a colon, a stop or spaces.
     */
    static int leadingMarkEnd(String line) {
        int i = 0;
        boolean bracket = line.startsWith("【") || line.startsWith("[");
        if (bracket) {
            i++;
        }
        int end;
        if (line.startsWith("第", i)) {
            int n = numeralEnd(line, i + 1);
            end = n > i + 1 && line.startsWith("篇", n) ? n + 1 : -1;
        } else if (line.startsWith("篇", i)) {
            int n = numeralEnd(line, i + 1);
            end = n > i + 1 ? n : -1;
        } else if (line.startsWith("范文", i)) {
            int n = numeralEnd(line, i + 2);
            end = n > i + 2 ? n : -1;
        } else {
            return -1;
        }
        if (end < 0) {
            return -1;
        }
        if (bracket) {
            if (end >= line.length() || line.charAt(end) != '】' && line.charAt(end) != ']') {
                return -1;
            }
            end++;
        }
        if (end < line.length() && ":、.".indexOf(line.charAt(end)) < 0 && line.charAt(end) != ' ' && !bracket
                && !line.startsWith("第", 0)) {
            return -1; // "篇幅…", "范文中…": a word, not a mark
        }
        while (end < line.length() && (":、. ".indexOf(line.charAt(end)) >= 0)) {
            end++;
        }
        return end;
    }

    /**
     * A piece's title numbered at its end: a report's title followed by "篇二", "篇1", "【篇三】" or
     * by the piece's number alone right after its report noun ("…工作总结1").
     */
    static boolean numberedAtEnd(String line) {
        int end = line.length();
        if (line.endsWith("】") || line.endsWith("]")) {
            end--;
        }
        int n = end;
        while (n > 0 && (Character.isDigit(line.charAt(n - 1)) || NUMERALS.indexOf(line.charAt(n - 1)) >= 0)) {
            n--;
        }
        if (n == end || end - n > 2) {
            return false;
        }
        int markStart;
        if (n > 0 && line.charAt(n - 1) == '篇') {
            markStart = n - 1;
            if (end < line.length() && (markStart == 0 || "【[".indexOf(line.charAt(markStart - 1)) < 0)) {
                return false;
            }
        } else if (end - n == 1 && line.charAt(n) >= '1' && line.charAt(n) <= '9' && end == line.length()) {
            // one digit: "…报告01" is a chart's number, not a piece's
            markStart = n;
            String before = line.substring(0, markStart);
            if (!(before.endsWith("总结") || before.endsWith("报告") || before.endsWith("汇报") || before.endsWith("计划"))) {
                return false;
            }
        } else {
            return false;
        }
        String title = line.substring(0, markStart).strip();
        if (title.endsWith("【") || title.endsWith("[")) {
            title = title.substring(0, title.length() - 1).strip();
        }
        return !title.isEmpty() && TitleShape.namesReport(title) && !LineShapes.hasSentenceMark(title);
    }

    private static int numeralEnd(String s, int from) {
        int i = from;
        while (i < s.length() && i - from < 3 && (Character.isDigit(s.charAt(i)) || NUMERALS.indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private static int nextContent(TextLines lines, int from, int to) {
        for (int i = from; i <= to && i < lines.size(); i++) {
            if (!lines.isBlank(i)) {
                return i;
            }
        }
        return -1;
    }
}
