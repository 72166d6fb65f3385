package dev.reportflow.classifier.outline;

import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.section.HeadingCues;
import dev.reportflow.classifier.text.TextLines;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a report's outline: its top-level sections and the level below each.
 *
 * <p>The top level is the numbering style that opens the outline: of the styles that count "1"
 * then "2", the one whose "1" comes first (so 第一、 above 一、, and a report whose top level is
 * （一） has no 一、 at all); or a style higher in the nesting whose "1" comes before that, though
 * the text ends before its "2" (the opening of a report). 一是-clauses are the top level only when nothing else counts, or when
 * standalone short 一是/二是 lines (each its own heading over its body) open the outline before any
 * other style counts (see {@link #standaloneClausesLead}).
 * A top-level number is taken when it continues the count, skips one, repeats the last, or
 * restarts at 1 (a body pasted twice); anything else is a list further down. An unnumbered role
 * heading ("2024年工作计划") is a top-level section too, and the numbers that follow it without
 * continuing the count are its items, not new sections.
 */
public final class OutlineParser {

    private final Rules rules;

    public OutlineParser(Rules rules) {
        this.rules = rules;
    }

    /** The outline of lines {@code from}..{@code to} (0-based, inclusive); empty when there is none. */
    public List<OutlineSection> parse(TextLines lines, NumberedLine[] numbered, int from, int to) {
        int resumes = resumedPart(numbered, from, to);
        Numbering top = resumes >= 0 ? numbered[resumes].style() : topStyle(numbered, from, to);
        if (top != null && top != Numbering.ORDINAL_CLAUSE && top.ordinal() > Numbering.CHINESE.ordinal()) {
            int chinese = chineseCount(numbered, from, to);
            if (chinese >= 0) {
                top = Numbering.CHINESE;
                resumes = numbered[chinese].number() > 1 ? chinese : -1;
            }
        }
        if (listedInParagraph(lines, numbered, from, to, top)) {
            top = null;
        }
        boolean standaloneClauses = top != null && top != Numbering.ORDINAL_CLAUSE && standaloneClausesLead(lines, numbered, from, to);
        if (standaloneClauses) {
            top = Numbering.ORDINAL_CLAUSE;
        }
        int addressedPart = partAfterAddress(lines, numbered, from, to);
        List<int[]> tops = new ArrayList<>();
        int last = 0;
        boolean afterUnnumbered = false;
        boolean unnumberedLevel = false;
        Role currentRole = null;
        int firstPart = -1;
        for (int i = from; i <= to; i++) {
            NumberedLine n = numbered[i];
            if (n != null && n.style() == top) {
                if (top == Numbering.ORDINAL_CLAUSE && isDemand(lines, n, i)) {
                    continue;
                }
                if (unnumberedLevel || i != resumes && !continues(n, last, afterUnnumbered)
                        && !(n.number() > last && elidedSince(lines, tops.isEmpty() ? from : tops.get(tops.size() - 1)[0], i))
                        || standaloneClauses && !isStandaloneClause(lines, numbered, i, to)
                        || n.number() == 1 && last >= 2 && !repeatsFirstHeading(lines, numbered, firstPart, i)
                        && !announcedAbove(lines, numbered, i)) {
                    continue;
                }
                tops.add(new int[] {i, n.number()});
                if (n.number() == 1 && firstPart < 0) {
                    firstPart = i;
                }
                last = n.number();
                afterUnnumbered = false;
                currentRole = headingRole(lines, i, n.textStart());
                continue;
            }
            if (n != null || lines.isBlank(i)) {
                continue;
            }
            Role role = i == addressedPart ? Role.REVIEW : UnnumberedHeading.roleOf(lines.foldedTrimmed(i), rules);
            if (role == null || role == currentRole && !tops.isEmpty() || continuesAbove(lines, numbered, i)
                    || repeatsEarlierLine(lines, i) || !unnumberedLevel && last > 0 && countGoesOnAfter(numbered, i, to, top, last)) {
                continue;
            }
            if (tops.isEmpty()) {
                unnumberedLevel = true;
            } else if (!unnumberedLevel) {
                afterUnnumbered = true;
            }
            tops.add(new int[] {i, -1});
            currentRole = role;
        }
        if (tops.isEmpty()) {
            parallelHeadings(lines, numbered, from, to).forEach(i -> tops.add(new int[] {i, -1}));
        }
        List<OutlineSection> sections = new ArrayList<>();
        for (int k = 0; k < tops.size(); k++) {
            int line = tops.get(k)[0];
            int end = lines.lastNonBlank(k + 1 < tops.size() ? tops.get(k + 1)[0] - 1 : to, line);
            boolean unnumbered = tops.get(k)[1] < 0;
            NumberedLine n = numbered[line];
            int phraseStart = unnumbered ? leadingSpaces(lines.folded(line)) : n.textStart();
            int phraseEnd = HeadingPhrase.end(lines.folded(line), phraseStart);
            List<OutlineSection> children = children(lines, numbered, line + 1, end, unnumbered ? null : top);
            sections.add(new OutlineSection(line, end, unnumbered ? null : top, unnumbered ? 0 : n.number(),
                    phraseStart, phraseEnd, children));
        }
        return sections;
    }

    /**
     * The sections one level below a section: of the numbering styles inside it (other than the
     * parent's own), the one highest in the standard nesting (一、 → （一） → 1、 → （1）), so that a
     * （二） is the level below 一、 even where a 1、 list or the page's loss of （一） puts another style
     * first; each of its lines that the count allows. 一是/二是 clauses are this level only as headings
     * of their own ({@link #isStandaloneClause}); run into their paragraph they are its sentences, and
     * the section is routed whole.
     */
    private List<OutlineSection> children(TextLines lines, NumberedLine[] numbered, int from, int to, Numbering parent) {
        Numbering style = childStyle(lines, numbered, from, to, parent);
        List<Integer> starts = new ArrayList<>();
        int last = 0;
        for (int i = from; style != null && i <= to; i++) {
            NumberedLine n = numbered[i];
            if (n == null || n.style() != style || n.weak() && n.number() != last + 1) {
                continue;
            }
            starts.add(i);
            last = n.number();
        }
        List<OutlineSection> children = new ArrayList<>();
        int unmarked = starts.isEmpty() || numbered[starts.get(0)].number() != 2 ? -1 : unmarkedFirst(lines, numbered, from, starts.get(0));
        if (unmarked >= 0) {
            String folded = lines.folded(unmarked);
            int phraseStart = leadingSpaces(folded);
            children.add(new OutlineSection(unmarked, lines.lastNonBlank(starts.get(0) - 1, unmarked), style, 1, phraseStart,
                    HeadingPhrase.end(folded, phraseStart), List.of()));
        }
        for (int k = 0; k < starts.size(); k++) {
            int line = starts.get(k);
            int end = lines.lastNonBlank(k + 1 < starts.size() ? starts.get(k + 1) - 1 : to, line);
            NumberedLine n = numbered[line];
            int phraseEnd = HeadingPhrase.end(lines.folded(line), n.textStart());
            children.add(new OutlineSection(line, end, style, n.number(), n.textStart(), phraseEnd, List.of()));
        }
        return children;
    }

    /** The longest line that can be a heading whose number was lost. */
    private static final int UNMARKED_HEADING = 30;

    /**
     * The line of a section's first child whose number the text lost, or -1: the children count from
     * (二), and the section's first line is a heading by its shape, short, with no sentence ended in it
     * and body text below it ("抗疫情,奋力保障群众安全" between 一、2022年工作总结 and its 一是…, then
     * (二)促增收…). A line so placed and so shaped is the (一) the count needs; a first paragraph is not.
     */
    private static int unmarkedFirst(TextLines lines, NumberedLine[] numbered, int from, int second) {
        int first = from;
        while (first < second && lines.isBlank(first)) {
            first++;
        }
        int body = first + 1;
        while (body < second && lines.isBlank(body)) {
            body++;
        }
        if (body >= second || numbered[first] != null) {
            return -1;
        }
        String line = lines.foldedTrimmed(first);
        boolean shortHeading = line.length() <= UNMARKED_HEADING && line.indexOf('。') < 0 && line.indexOf(';') < 0
                && Character.isIdeographic(line.charAt(line.length() - 1));
        return shortHeading && lines.foldedTrimmed(body).length() > line.length() ? first : -1;
    }

    /** The style of a section's children (see {@link #children}), or null when it has none. */
    private static Numbering childStyle(TextLines lines, NumberedLine[] numbered, int from, int to, Numbering parent) {
        Numbering style = null;
        for (int i = from; i <= to; i++) {
            NumberedLine n = numbered[i];
            if (n == null || n.weak() || n.style() == parent || parent != null && n.style().ordinal() < parent.ordinal()
                    || n.style() == Numbering.ORDINAL_CLAUSE && !isStandaloneClause(lines, numbered, i, to)) {
                continue;
            }
            if (style == null || n.style().ordinal() < style.ordinal()) {
                style = n.style();
            }
        }
        return style;
    }

    /** Words of the formula by which a report delivered to a congress opens: 我代表…向大会报告工作,请予审议 (or 向大会作工作报告). */
    private static final List<String> ADDRESS = List.of("向大会报告", "报告工作", "向大会作");
    /** How far down the formula may stand (title, session line, speaker, 各位代表 above it). */
    private static final int ADDRESS_REACH = 10;
    /** How many lines the formula's sentence may run over (a copy's hard line breaks). */
    private static final int ADDRESS_SENTENCE = 3;

    /**
     * The line of a report's first part when it is an unnumbered heading by its place, or -1: the
     * report is delivered to a congress (我代表市人民政府,向大会报告工作,请予审议…。), and the line right
     * after that sentence is short, no sentence, over a longer paragraph. There a government work
     * report names its first part, often in words no role list holds ("x届政府工作及“十四五”开局",
     * more3-022); the part reviews the years past.
     */
    static int partAfterAddress(TextLines lines, NumberedLine[] numbered, int from, int to) {
        for (int i = from; i <= Math.min(to, from + ADDRESS_REACH); i++) {
            String line = lines.foldedTrimmed(i);
            if (ADDRESS.stream().noneMatch(line::contains)) {
                continue;
            }
            int end = i;
            while (end < Math.min(to, i + ADDRESS_SENTENCE) && !lines.foldedTrimmed(end).endsWith("。")) {
                end++;
            }
            if (!lines.foldedTrimmed(end).endsWith("。")) {
                return -1;
            }
            int heading = nextNonBlank(lines, end + 1, to);
            int body = heading < 0 ? -1 : nextNonBlank(lines, heading + 1, to);
            if (body < 0 || numbered[heading] != null) {
                return -1;
            }
            String words = lines.foldedTrimmed(heading);
            boolean sentence = words.chars().anyMatch(c -> c == '。' || c == ',' || c == ';' || c == ':' || c == '、');
            return !sentence && words.length() <= UnnumberedHeading.MAX_LENGTH
                    && lines.foldedTrimmed(body).length() > words.length() ? heading : -1;
        }
        return -1;
    }

    private static int nextNonBlank(TextLines lines, int i, int to) {
        while (i <= to && lines.isBlank(i)) {
            i++;
        }
        return i <= to ? i : -1;
    }

    /** What a document-sharing site writes where it hides the middle of a text (……此处隐藏18632个字……). */
    private static final String ELISION = "此处隐藏";

    /**
     * Whether the page hides part of the text between lines {@code from} and {@code to}: the count of
     * the top level then goes on past the hidden parts (一、 … 此处隐藏 … 五、).
     */
    private static boolean elidedSince(TextLines lines, int from, int to) {
        for (int i = from; i < to; i++) {
            if (lines.folded(i).contains(ELISION)) {
                return true;
            }
        }
        return false;
    }

    /** How many of a heading's first words tell a second paste of the first part from another list's first item. */
    private static final int PASTE_KEY = 6;

    /**
     * Whether the 1 at line {@code i}, after the count has gone past 2, starts the body again (a page
     * pasted twice: its words are the first part's, "一、2023年工作开展情况" again): a list that restarts
     * inside a later part ("二、存在的问题" over "一、资金不足。二、…") names other things, and is its items,
     * unless a paragraph announces it ({@link #announcedAbove}). {@code firstPart} is the line of the first
     * part numbered 1, kept by the caller so that the check costs the same however many parts came before.
     */
    private static boolean repeatsFirstHeading(TextLines lines, NumberedLine[] numbered, int firstPart, int i) {
        if (firstPart < 0) {
            return true;
        }
        String a = phraseKey(lines.folded(firstPart), numbered[firstPart].textStart());
        String b = phraseKey(lines.folded(i), numbered[i].textStart());
        // a bare number ("一、" with its words on the next line) has no words to compare: no evidence of a paste
        return !a.isEmpty() && !b.isEmpty() && (a.startsWith(b) || b.startsWith(a));
    }


    /**
     * Whether the paragraph right above line {@code i} ends announcing what follows with a colon: a
     * part whose heading the report left out starts its own count there ("…特制定了2022年村委工作计划如下:"
     * over "一、环境整…", base-029 lines 16-18).
     */
    private static boolean announcedAbove(TextLines lines, NumberedLine[] numbered, int i) {
        int p = i - 1;
        while (p >= 0 && lines.isBlank(p)) {
            p--;
        }
        return p >= 0 && numbered[p] == null && lines.foldedTrimmed(p).endsWith(":");
    }

    private static String phraseKey(String line, int from) {
        StringBuilder key = new StringBuilder(PASTE_KEY);
        for (int k = from; k < line.length() && key.length() < PASTE_KEY; k++) {
            if (!Character.isWhitespace(line.charAt(k))) {
                key.append(line.charAt(k));
            }
        }
        return key.toString();
    }

    private static boolean continues(NumberedLine n, int last, boolean afterUnnumbered) {
        int k = n.number();
        if (k == last + 1) {
            return true;
        }
        if (afterUnnumbered || n.weak()) {
            return false;
        }
        return last > 0 && (k == last + 2 || k == last || k == 1 && last >= 2);
    }

    /**
     * The line where a page that starts inside a report resumes its outline, or -1: the body's first
     * numbered line is a part heading (二、2025年工作总体要求和重点任务; 三、专业体系建设逐步完善) past the
     * first, and no line of a higher style comes before its items (a 第一, inside (一) is an enumeration), nor a 1 of its own. Such a page (one part of a report
     * published in parts, a reader's page cut at its start) has its top level where the report has
     * it, though the count does not start at 1.
     */
    static int resumedPart(NumberedLine[] numbered, int from, int to) {
        int first = -1;
        boolean nested = false;
        for (int i = from; i <= to; i++) {
            NumberedLine n = numbered[i];
            if (n == null || n.weak() || n.style() == Numbering.ORDINAL_CLAUSE) {
                continue;
            }
            if (first < 0) {
                if (n.number() == 1 || n.style() != Numbering.PART && n.style() != Numbering.CHINESE) {
                    return -1;
                }
                first = i;
            } else if (n.style().ordinal() > numbered[first].style().ordinal()) {
                nested = true;
            } else if (!nested && n.style() != numbered[first].style() || n.style() == numbered[first].style() && n.number() == 1) {
                return -1; // the first was an item above the outline, which starts here
            }
        }
        return first;
    }

    /**
     * The first line of a count of 一、 headings (N、 followed further down by N+1、), or -1. Where
     * there is one, the standard nesting (一、 → （一） → 1、 → （1）) makes it the top level, whatever
     * style comes first: a page that starts inside a report shows the tail of a 1、 list
     * ("5、…", "8、…") before its 二、, and the 1、 lists under each 一、 heading are their items.
     */
    static int chineseCount(NumberedLine[] numbered, int from, int to) {
        int first = -1;
        int last = -1;
        for (int i = from; i <= to; i++) {
            NumberedLine n = numbered[i];
            if (n == null || n.style() != Numbering.CHINESE) {
                continue;
            }
            if (last >= 0 && n.number() == numbered[last].number() + 1) {
                return first;
            }
            if (first < 0) {
                first = i;
            }
            last = i;
        }
        return -1;
    }

    /** Words by which a paragraph ending in a colon announces the report's parts (现将…汇报如下:), not a list. */
    private static final List<String> ANNOUNCING = List.of("如下", "汇报", "报告", "总结");

    /**
     * Whether the arabic numbers that would be the top level are the items of a paragraph: the first
     * of them follows a paragraph that ends in a colon ("…分工分线开展多项村庄环境治理工作,主要涉及以下几个方面:"
     * over "1、投入12万元建成高骨村健身广场。…") without announcing the report's parts (现将…汇报如下:).
     * Such a list enumerates what that paragraph says; 一、 and （一） head parts of a document, 1、
     * and （1） so introduced do not.
     */
    private static boolean listedInParagraph(TextLines lines, NumberedLine[] numbered, int from, int to, Numbering top) {
        if (top != Numbering.ARABIC && top != Numbering.ARABIC_PAREN) {
            return false;
        }
        int first = from;
        while (first <= to && (numbered[first] == null || numbered[first].style() != top || numbered[first].weak())) {
            first++;
        }
        int p = first - 1;
        while (p >= from && lines.isBlank(p)) {
            p--;
        }
        if (first > to || p < from || numbered[p] != null) {
            return false;
        }
        String above = lines.foldedTrimmed(p);
        if (above.length() <= TEXT_LINE || above.charAt(above.length() - 1) != ':') {
            return false;
        }
        int clause = Math.max(Math.max(above.lastIndexOf(','), above.lastIndexOf('。')), above.lastIndexOf(';')) + 1;
        String lastClause = above.substring(clause);
        return ANNOUNCING.stream().noneMatch(lastClause::contains) && !announcesWork(lastClause);
    }

    /**
     * Whether a clause announces the work the report goes on to tell (我院作了以下具体工作:, 主要做了以下几方面工作:):
     * the list under it is the report's parts. A list of what else a paragraph speaks of (主要涉及以下几个方面:)
     * names no work.
     */
    private static boolean announcesWork(String clause) {
        int following = clause.indexOf("以下");
        return following >= 0 && clause.indexOf("工作", following) >= 0;
    }

    private static final int PARALLEL_MIN = 3;
    private static final int PARALLEL_MAX_LENGTH = 15;
    private static final int PARALLEL_ENDING = 2;

    /**
     * The unnumbered headings of a report with no other outline, by their shape alone: at least three
     * short lines without punctuation, each standing over a longer paragraph, that end with the same
     * two characters, as parallel headings do ("社区民政工作", "社区城建工作", "社区人口计生工作");
     * an empty list when there is no such series.
     */
    private static List<Integer> parallelHeadings(TextLines lines, NumberedLine[] numbered, int from, int to) {
        Map<String, List<Integer>> byEnding = new LinkedHashMap<>();
        for (int i = from; i <= to; i++) {
            String line = lines.foldedTrimmed(i);
            if (numbered[i] != null || line.length() <= PARALLEL_ENDING || line.length() > PARALLEL_MAX_LENGTH
                    || !line.codePoints().allMatch(Character::isIdeographic) || repeatsEarlierLine(lines, i)) {
                continue;
            }
            int next = i + 1;
            while (next <= to && lines.isBlank(next)) {
                next++;
            }
            if (next <= to && lines.foldedTrimmed(next).length() > PARALLEL_MAX_LENGTH) {
                byEnding.computeIfAbsent(line.substring(line.length() - PARALLEL_ENDING), e -> new ArrayList<>()).add(i);
            }
        }
        return byEnding.values().stream().filter(series -> series.size() >= PARALLEL_MIN).findFirst().orElse(List.of());
    }

    /**
     * Whether the numbered top level goes on past unnumbered line {@code i}: the next top-level number
     * below it is the one after the last ("一、全面了解村情村况。" … "村里存在的困难及问题:" over its 1、…4、 …
     * "二、解决存在问题,努力兑现驻村承诺。", pool 103). The count does not pause for a part of its own, so
     * such a line heads a list inside the numbered section, not a top-level part.
     */
    private static boolean countGoesOnAfter(NumberedLine[] numbered, int i, int to, Numbering top, int last) {
        for (int j = i + 1; j <= to; j++) {
            NumberedLine n = numbered[j];
            if (n != null && n.style() == top && !n.weak()) {
                return n.number() == last + 1;
            }
        }
        return false;
    }

    /** What a page puts between the pieces of its breadcrumb or its headline ("首页 > 总结范文 > …", "…| 来源:…"). */
    private static final String BREADCRUMB_SEPARATORS = ">|_»";

    /**
     * Whether line {@code i} says word for word what a line above it said, or one piece of a
     * breadcrumb or headline above it: a web page repeats its title ("2022年上半年社区工作总结" over
     * the body, then again under the opening paragraph; "2024年城市管理工作总结(2146字)" under
     * "首页 > 总结范文 > 2024年城市管理工作总结(2146字) >", pool 128, and the document's own title below it,
     * its year masked, compared without figures), and a heading never repeats an earlier line.
     */
    private static boolean repeatsEarlierLine(TextLines lines, int i) {
        String line = lines.foldedTrimmed(i);
        String undated = null;
        for (int p = 0; p < i; p++) {
            String earlier = lines.foldedTrimmed(p);
            if (line.equals(earlier) || earlier.length() > line.length() && isPieceOf(line, earlier)) {
                return true;
            }
            if (earlier.indexOf('>') >= 0) {
                undated = undated == null ? undated(line) : undated;
                if (isPieceOf(undated, undated(earlier))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What a site adds to a title it lists: the length of the text ("(2146字)"). */
    private static final String LENGTH_NOTE = "(字)";

    /**
     * A title without its figures, masks and length note: the document under a site's breadcrumb
     * writes its year masked ("202x年城市管理工作总结" under "… > 2024年城市管理工作总结(2146字) >", pool 128).
     */
    private static String undated(String line) {
        StringBuilder kept = new StringBuilder(line.length());
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (!(c >= '0' && c <= '9' || c == 'x' || c == 'X' || c == '×' || c == '*')) {
                kept.append(c);
            }
        }
        String s = kept.toString();
        return s.contains(LENGTH_NOTE) ? s.replace(LENGTH_NOTE, "") : s;
    }

    /** Whether {@code line} stands in {@code earlier} between separators of a breadcrumb (or its ends). */
    private static boolean isPieceOf(String line, String earlier) {
        for (int at = earlier.indexOf(line); at >= 0; at = earlier.indexOf(line, at + 1)) {
            int end = at + line.length();
            if (separatedAt(earlier, at - 1, -1) && separatedAt(earlier, end, 1)
                    && (at > 0 || end < earlier.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether from index {@code k} on, stepping by {@code step} over spaces, the string ends or a separator comes. */
    private static boolean separatedAt(String s, int k, int step) {
        while (k >= 0 && k < s.length() && s.charAt(k) == ' ') {
            k += step;
        }
        return k < 0 || k >= s.length() || BREADCRUMB_SEPARATORS.indexOf(s.charAt(k)) >= 0;
    }

    /** A line longer than any unnumbered heading: a line of body text, or a title. */
    private static final int TEXT_LINE = 20;

    /**
     * Whether line {@code i} goes on from the line above, so that it cannot head a part however short
     * it is: that line is a bare number ("1." over "特色农业提"), or a line of text that stops without
     * ending its sentence (a hard line break: "…较好地" over "完成了市十五届人大五次会议确定的目标任务。";
     * a title cut in two: "…2024 年工作" over "计划").
     */
    private static boolean continuesAbove(TextLines lines, NumberedLine[] numbered, int i) {
        int p = i - 1;
        while (p >= 0 && lines.isBlank(p)) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        String above = lines.foldedTrimmed(p);
        NumberedLine n = numbered[p];
        if (n != null) {
            return lines.folded(p).substring(Math.min(n.textStart(), lines.folded(p).length())).isBlank();
        }
        char last = above.charAt(above.length() - 1);
        return above.length() > TEXT_LINE && (Character.isIdeographic(last) || last == ',' || last == '、');
    }

    /**
     * Whether a clause is a demand (一要坚持把牢方向…, 二要始终围绕中心…): what a leader asks for in a
     * speech, or a news item reports was asked; a report's parts say what was done or will be
     * (一是…), so demands never make its top level.
     */
    private static boolean isDemand(TextLines lines, NumberedLine n, int i) {
        String line = lines.folded(i);
        return n.textStart() > 0 && n.textStart() <= line.length() && line.charAt(n.textStart() - 1) == '要';
    }

    /** A standalone 一是 line is short: its clause and at most a stop, no second sentence. */
    private static final int STANDALONE_CLAUSE_MAX = 30;

    /**
     * Whether standalone 一是/二是 lines ("二是抓民生服务，提升群众获得感。" on a line of its own, its body on
     * the next lines) are the outline's top level: at least two of them count 1 → 2 before the first
     * "1" of any other style (a 1./2. list further down is the items under a later heading). A higher
     * style (第一部分, 一、, （一）) only yields when it comes later still and after three of them count
     * 1 → 3: its （一）… are then the items under the last clause ("八是2024年工作计划。").
     */
    private static boolean standaloneClausesLead(TextLines lines, NumberedLine[] numbered, int from, int to) {
        int firstOne = -1;
        int counted = 0;
        int firstOther = -1;
        boolean otherIsHigher = false;
        for (int i = from; i <= to; i++) {
            NumberedLine n = numbered[i];
            if (n == null || n.weak()) {
                continue;
            }
            if (n.style() != Numbering.ORDINAL_CLAUSE) {
                if (firstOther < 0 && n.number() == 1) {
                    firstOther = i;
                    otherIsHigher = n.style() == Numbering.PART || n.style() == Numbering.CHINESE
                            || n.style() == Numbering.CHINESE_PAREN;
                }
                continue;
            }
            if (firstOther >= 0 || !isStandaloneClause(lines, numbered, i, to)) {
                continue;
            }
            if (n.number() == 1 && firstOne < 0) {
                firstOne = i;
                counted = 1;
            } else if (firstOne >= 0 && n.number() == counted + 1) {
                counted++;
            }
        }
        int needed = otherIsHigher ? MIN_CLAUSES_OVER_A_HIGHER_STYLE : 2;
        return firstOne >= 0 && counted >= needed;
    }

    private static final int MIN_CLAUSES_OVER_A_HIGHER_STYLE = 3;

    /** A 一是 line that is a heading of its own: short, one clause, and followed by its body or its items (（一）…), not by 二是. */
    private static boolean isStandaloneClause(TextLines lines, NumberedLine[] numbered, int i, int to) {
        NumberedLine n = numbered[i];
        if (n == null || n.style() != Numbering.ORDINAL_CLAUSE) {
            return false;
        }
        String line = lines.foldedTrimmed(i);
        if (line.length() > STANDALONE_CLAUSE_MAX) {
            return false;
        }
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == ';' || c == ':' || c == '。' && k < line.length() - 1) {
                return false;
            }
        }
        int next = i + 1;
        while (next <= to && lines.isBlank(next)) {
            next++;
        }
        return next <= to && (numbered[next] == null || numbered[next].style() != Numbering.ORDINAL_CLAUSE);
    }

    /**
     * The style that opens the outline. Styles that count 1 → 2 compete, the earliest "1" wins;
     * without any count, the earliest "1" of any style; 一是 only when nothing else is there. ① … is
     * the lowest level and never the top: a line of ①…;②…;③… enumerates (inst-036, a web page's spam).
     */
    static Numbering topStyle(NumberedLine[] numbered, int from, int to) {
        Map<Numbering, Integer> firstOne = new EnumMap<>(Numbering.class);
        Map<Numbering, Boolean> counts = new EnumMap<>(Numbering.class);
        for (int i = from; i <= to; i++) {
            NumberedLine n = numbered[i];
            if (n == null || n.weak()) {
                continue;
            }
            if (n.number() == 1) {
                firstOne.putIfAbsent(n.style(), i);
            } else if (n.number() == 2 && firstOne.containsKey(n.style())) {
                counts.put(n.style(), true);
            }
        }
        Numbering best = earliest(firstOne, counts, true);
        if (best == null) {
            best = earliest(firstOne, counts, false);
        }
        Numbering opener = earliest(firstOne, counts, false);
        if (best != null && opener != null && opener != best && opener.ordinal() < best.ordinal()) {
            // "一、2023年工作回顾" over a （一）（二） list, and the text ends before "二、" (an opening of a
            // report, a page cut short): the 一、 that opens the outline is still its top level
            best = opener;
        }
        if (best == null && counts.containsKey(Numbering.ORDINAL_CLAUSE)) {
            best = Numbering.ORDINAL_CLAUSE;
        }
        return best;
    }

    private static Numbering earliest(Map<Numbering, Integer> firstOne, Map<Numbering, Boolean> counts, boolean counting) {
        Numbering best = null;
        for (Map.Entry<Numbering, Integer> e : firstOne.entrySet()) {
            if (e.getKey() == Numbering.ORDINAL_CLAUSE || e.getKey() == Numbering.CIRCLED
                    || counting && !counts.containsKey(e.getKey())) {
                continue;
            }
            if (best == null || e.getValue() < firstOne.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private Role headingRole(TextLines lines, int line, int textStart) {
        String folded = lines.folded(line);
        Role role = HeadingCues.read(folded, textStart, HeadingPhrase.end(folded, textStart), rules).strongest();
        return role == null ? Role.REVIEW : role;
    }

    private static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i)) || i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
