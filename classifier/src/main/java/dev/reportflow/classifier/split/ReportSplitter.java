package dev.reportflow.classifier.split;

import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.outline.HeadingParser;
import dev.reportflow.classifier.outline.HeadingPhrase;
import dev.reportflow.classifier.outline.NumberedLine;
import dev.reportflow.classifier.outline.Numbering;
import dev.reportflow.classifier.section.HeadingCues;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.LineShapes;
import dev.reportflow.classifier.text.TextLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a text into reports at their title lines. A title opens a report when the table of contents
 * lists it, or when it is strong (see {@link TitleShape}); a weak title only as the text's first
 * line. An outline that restarts at 一、 never opens a report by itself, and a title that repeats the
 * open report's title over the same first line is a second paste of that report, not a new one.
 * A generic (weak) title also opens a report after the open one has ended (a signature date, or a
 * gap once its plan heading was reached). A report ends at the last line before the next title that
 * is neither blank, web-page noise, page furniture (— 2 —, 第3页: {@link LineShapes}) nor a line
 * without Chinese ("|", a machine translation). A model-essay page's piece marks ({@link PieceMarker})
 * are report boundaries whatever the title's shape.
 */
public final class ReportSplitter {

    private final Rules rules;

    public ReportSplitter(Rules rules) {
        this.rules = rules;
    }

    /** Candidate spans; the caller drops those without an outline (see {@link #mergeOutlineless}). */
    public List<ReportSpan> split(TextLines lines) {
        TableOfContents toc = TableOfContents.read(lines, rules);
        List<Integer> titles = new ArrayList<>();
        Map<Integer, Integer> titleEnds = new HashMap<>();
        Map<Integer, Integer> pieceMarks = new HashMap<>();
        int firstContent = firstContentLine(lines, toc);
        for (int i = 0; i < lines.size(); i++) {
            if (toc.contains(i) || lines.isBlank(i)) {
                continue;
            }
            PieceMarker piece = PieceMarker.at(lines, i);
            if (piece != null) {
                titles.add(piece.titleLine());
                pieceMarks.put(piece.titleLine(), piece.boundary());
                i = piece.titleLine();
                continue;
            }
            String line = lines.foldedTrimmed(i);
            int openTitle = titles.isEmpty() ? -1 : titles.get(titles.size() - 1);
            if (openTitle >= 0 && continuesTitle(titleEnds.getOrDefault(openTitle, openTitle), i, line)) {
                titleEnds.put(openTitle, i);
                continue;
            }
            TitleShape shape = TitleShape.of(line, rules);
            if (!shape.titleLike()) {
                continue;
            }
            int issuerLine = issuerLineAbove(lines, toc, i, line, shape, openTitle < 0 ? -1 : titleEnds.getOrDefault(openTitle, openTitle));
            boolean listed = toc.lists(line);
            if (!listed && !shape.strong() && issuerLine < 0 && !(titles.isEmpty() && i == firstContent)
                    && !(openTitle >= 0 && opensAfterEnded(lines, openTitle, i, shape))) {
                continue;
            }
            if (openTitle >= 0 && repeatsPreviousReport(lines, openTitle, i)) {
                continue;
            }
            if (issuerLine >= 0) {
                titles.add(issuerLine);
                titleEnds.put(issuerLine, i);
            } else {
                titles.add(i);
            }
        }
        dropCoverTitles(lines, toc, titles);
        List<ReportSpan> spans = new ArrayList<>();
        if (titles.isEmpty()) {
            int start = firstContentLine(lines, TableOfContents.NONE, afterCompilationContents(toc));
            if (start >= 0) {
                spans.add(new ReportSpan(-1, start, lastContentLine(lines, start, lines.size() - 1)));
            }
            return spans;
        }
        for (int k = 0; k < titles.size(); k++) {
            int start = titles.get(k);
            int next = k + 1 < titles.size() ? pieceMarks.getOrDefault(titles.get(k + 1), titles.get(k + 1)) - 1 : lines.size() - 1;
            int end = lastContentLine(lines, start, next);
            if (k == titles.size() - 1 && (titles.size() > 1 || toc != TableOfContents.NONE)) {
                end = withoutClosingNote(lines, start, end);
            }
            spans.add(new ReportSpan(start, titleEnds.getOrDefault(start, start), start, end));
        }
        return spans;
    }

    /**
     * Drops the titles above a table of contents once a title below it is one of its entries: what
     * stands above the 目录 of a compilation ("2022工作总结及2023年工作计划汇编", "(22篇)") is its cover,
     * and the reports begin with the titles it lists. A report's own title above a table of its parts
     * stays: the parts below are headings, not titles.
     */
    private static void dropCoverTitles(TextLines lines, TableOfContents toc, List<Integer> titles) {
        if (toc == TableOfContents.NONE || titles.stream().noneMatch(t -> t > toc.lastLine() && listsReport(lines, toc, t))) {
            return;
        }
        titles.removeIf(t -> t < toc.firstLine());
    }

    private static boolean listsReport(TextLines lines, TableOfContents toc, int title) {
        String line = lines.foldedTrimmed(title);
        return HeadingParser.parse(line) == null && toc.lists(line);
    }

    /**
     * Where a text without any report title may start: after its table of contents when the table
     * lists reports (a compilation's: "1.區婦聯年度工作總結(一)" … "10.區婦聯年度工作總結(六)", more4-010,
     * a page that keeps only the start of the first report, its title lost). What stands above and
     * in such a table is the compilation's cover and its list, never one report's text or outline.
     * A table of a report's own parts ("一、基本情况 … 3") names no report: the report may begin above it.
     */
    private static int afterCompilationContents(TableOfContents toc) {
        return toc != TableOfContents.NONE && toc.listsReports() ? toc.lastLine() + 1 : 0;
    }

    /** Words that open the second line of a title split in two ("…2024年工作总结" / "及2025年工作计划"). */
    private static final List<String> TITLE_CONTINUATIONS = List.of("及", "和", "暨", "与", "以及", "并");

    /**
     * Whether line {@code i} is the second line of the title just above it: it follows at once,
     * opens with a conjunction and names a year ("及2025年工作计划").
     */
    private static boolean continuesTitle(int titleEnd, int i, String line) {
        return i == titleEnd + 1 && line.length() <= MAX_TITLE_CONTINUATION && !TitleShape.years(line).isEmpty()
                && TITLE_CONTINUATIONS.stream().anyMatch(line::startsWith);
    }

    private static final int MAX_TITLE_CONTINUATION = 30;

    /**
     * The line just above a title that names only its issuing body, as a title split in two after
     * the body is typeset ("XX县公安局交通管理大队" / "2024年工作总结及2025年工作打算", "XX经济开发区管理委员会" /
     * "关于2023年工作总结…的报告"), or -1. The body line opens a block (a blank line, the text's start
     * or the table of contents above it), so that a signature ending the report before is not taken
     * for it, and the title below names no body of its own.
     */
    private int issuerLineAbove(TextLines lines, TableOfContents toc, int title, String titleText, TitleShape shape,
                                int previousTitleEnd) {
        int above = title - 1;
        if (above < 0 || above <= previousTitleEnd || lines.isBlank(above) || toc.contains(above)) {
            return -1;
        }
        boolean opensBlock = above == 0 || lines.isBlank(above - 1) || toc.contains(above - 1);
        String beforeYear = shape.firstYearAt() > 0 ? titleText.substring(0, shape.firstYearAt()) : "";
        if (!opensBlock || !(beforeYear.isEmpty() || beforeYear.equals("关于"))) {
            return -1;
        }
        return namesBodyOnly(lines.foldedTrimmed(above)) ? above : -1;
    }

    private static final int MIN_BODY_LINE = 4;
    private static final int MAX_BODY_LINE = 30;

    /** A short line that is nothing but a body's name: no punctuation, number or year, and a body's ending. */
    private boolean namesBodyOnly(String line) {
        if (line.length() < MIN_BODY_LINE || line.length() > MAX_BODY_LINE || !LineShapes.isSignatureLike(line)
                || HeadingParser.parse(line) != null) {
            return false;
        }
        for (int k = 0; k < line.length(); k++) {
            if (Character.isDigit(line.charAt(k))) {
                return false;
            }
        }
        if (rules.bodySuffixes().stream().anyMatch(line::endsWith)) {
            return true;
        }
        boolean[] endsWithAlias = {false};
        rules.issuerAliases().scan(line, 0, line.length(), (String code, String alias, int s, int e) ->
                endsWithAlias[0] |= e == line.length() && !Rules.NO_BODY.equals(code));
        return endsWithAlias[0];
    }

    /**
     * Whether a generic title ("2024年度工作总结", weak: no body, one year) opens a new report after the
     * open one has ended: its last content line is a signature date, or a blank line or page furniture
     * separates it from an open report whose outline already reached a plan heading, and the generic
     * title names a summary (a report never goes back to summing up after its plan). Page furniture
     * ("— 2 —", "第3页") between them is ignored: it ends nothing by itself.
     */
    private boolean opensAfterEnded(TextLines lines, int openTitle, int i, TitleShape shape) {
        int before = i - 1;
        boolean gap = false;
        while (before > openTitle && (lines.isBlank(before) || LineShapes.isPageFurniture(lines.foldedTrimmed(before))
                || isNoise(lines, before))) {
            gap = true;
            before--;
        }
        if (before <= openTitle) {
            return false;
        }
        if (LineShapes.isDateLine(lines.foldedTrimmed(before))) {
            return true;
        }
        if (!gap || !shape.summary()) {
            return false;
        }
        for (int k = openTitle + 1; k < before; k++) {
            String l = lines.foldedTrimmed(k);
            if (l.isEmpty() || l.length() > PLAN_HEADING_MAX_LENGTH) {
                continue;
            }
            NumberedLine n = HeadingParser.parse(l);
            int from = n == null ? 0 : n.textStart();
            if (n != null && n.style() == Numbering.ORDINAL_CLAUSE) {
                continue;
            }
            if (HeadingCues.read(l, from, HeadingPhrase.end(l, from), rules).strongest() == Role.PLAN) {
                return true;
            }
        }
        return false;
    }

    private static final int PLAN_HEADING_MAX_LENGTH = 30;
    /** Page chrome is short; a paragraph longer than this is text, whatever it mentions. */
    private static final int MAX_NOISE_LINE = 150;

    /**
     * Words of a compilation's closing note besides its own name ({@link TitleShape#namesCompilation}):
     * who compiled it, for whom, from where.
     */
    private static final List<String> CLOSING_NOTE_WORDS = List.of("编者按", "编者注", "编后", "本刊", "仅供",
            "请勿外传", "内部资料", "内部交流", "以上材料", "以上内容", "资料来源", "来源:");
    /** The official document's own tail (版记): it belongs to the report, after its date or not. */
    private static final List<String> DOCUMENT_TAIL_WORDS = List.of("附件", "抄送", "抄报", "联系人", "主题词", "印发");
    private static final int CLOSING_NOTE_MAX_LINES = 2;
    private static final int CLOSING_NOTE_MAX_LENGTH = 120;

    /**
     * The end of a compilation's last report without the compilation's closing note: a short block
     * of one or two unnumbered lines after a blank line that either reads as a note (bracketed
     * whole, or 汇编/编者按/仅供…参考) or follows the report's signature date. Conservative: a block
     * that is numbered, a date, or a signature stays with the report.
     */
    private int withoutClosingNote(TextLines lines, int start, int end) {
        int blockStart = end;
        while (blockStart > start && !lines.isBlank(blockStart - 1)) {
            blockStart--;
        }
        if (blockStart <= start + 1 || end - blockStart + 1 > CLOSING_NOTE_MAX_LINES) {
            return end;
        }
        int before = lastContentLine(lines, start, blockStart - 1);
        if (before <= start) {
            return end;
        }
        boolean note = false;
        for (int i = blockStart; i <= end; i++) {
            String line = lines.foldedTrimmed(i);
            if (line.length() > CLOSING_NOTE_MAX_LENGTH || HeadingParser.parse(line) != null || LineShapes.isDateLine(line)
                    || LineShapes.isSignatureLike(line) || DOCUMENT_TAIL_WORDS.stream().anyMatch(line::startsWith)) {
                return end;
            }
            note |= LineShapes.isBracketed(line) || TitleShape.namesCompilation(line) || CLOSING_NOTE_WORDS.stream().anyMatch(line::contains);
        }
        return note || LineShapes.isDateLine(lines.foldedTrimmed(before)) ? before : end;
    }

    /**
     * Joins each span whose body has no outline to the report before it (a title-like line that
     * was a heading after all); an outline-less span before any report is preamble and dropped.
     */
    public static List<ReportSpan> mergeOutlineless(List<ReportSpan> spans, List<Boolean> hasOutline) {
        List<ReportSpan> merged = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            ReportSpan span = spans.get(k);
            if (hasOutline.get(k)) {
                merged.add(span);
            } else if (!merged.isEmpty()) {
                ReportSpan previous = merged.remove(merged.size() - 1);
                merged.add(new ReportSpan(previous.titleLine(), previous.titleEnd(), previous.start(), span.end()));
            }
        }
        return merged;
    }

    private boolean repeatsPreviousReport(TextLines lines, int previousTitle, int title) {
        if (!lines.foldedTrimmed(previousTitle).equals(lines.foldedTrimmed(title))) {
            return false;
        }
        int a = nextNonBlank(lines, previousTitle + 1);
        int b = nextNonBlank(lines, title + 1);
        return a >= 0 && b >= 0 && lines.foldedTrimmed(a).equals(lines.foldedTrimmed(b));
    }

    private static int nextNonBlank(TextLines lines, int i) {
        while (i < lines.size() && lines.isBlank(i)) {
            i++;
        }
        return i < lines.size() ? i : -1;
    }

    /** How far above its first paragraph a report's title may stand (a date, a speaker, 各位代表 between). */
    private static final int TITLE_REACH = 12;
    /**
     * The whole text as one report, for a text in which no titled report with an outline was found:
     * it starts at the last report-like title ({@link TitleShape#namesReport}) among the text's first
     * lines that has a paragraph or heading within reach below it, or at the first paragraph when
     * there is none (a page's chrome above is left out), and ends at its last line that is neither
     * blank, noise nor page furniture. Null when the text has no paragraph or heading at all.
     */
    public ReportSpan wholeText(TextLines lines) {
        TableOfContents toc = TableOfContents.read(lines, rules);
        int first = firstContentLine(lines, TableOfContents.NONE, afterCompilationContents(toc));
        if (first < 0) {
            return null;
        }
        int body = firstBody(lines, first);
        if (body < 0) {
            return null;
        }
        // A report title further down with text of its own under it (a covering notice above, a
        // page headline repeated) is the report's start; else the last one above the first paragraph.
        int title = -1;
        int last = Math.min(lines.size() - 1, body + TITLE_SEARCH);
        for (int i = first; i <= last; i++) {
            String line = lines.foldedTrimmed(i);
            if (toc.contains(i)) {
                continue; // a compilation's list of what it holds: its entries are neither headings nor this report's title
            }
            PieceMarker piece = lines.isBlank(i) ? null : PieceMarker.at(lines, i);
            if (piece != null) {
                title = piece.titleLine(); // the page's first piece: what the site put above it is the page's
                break;
            }
            if (HeadingParser.parse(line) != null) {
                break; // the outline has begun: what follows are its headings, not the report's title
            }
            if (!lines.isBlank(i) && !isNoise(lines, i) && TitleShape.namesReport(line)) {
                int nextBody = firstBody(lines, i + 1);
                if (nextBody >= 0 && nextBody - i <= TITLE_REACH) {
                    title = i;
                }
            }
        }
        if (title < 0) {
            return new ReportSpan(-1, body, lastContentLine(lines, body, lines.size() - 1));
        }
        int titleStart = brokenTitleStart(lines, title);
        return new ReportSpan(titleStart, title, titleStart, lastContentLine(lines, titleStart, lines.size() - 1));
    }

    /** The longest a title's fragment may be when a copy breaks the title at its figures. */
    private static final int MAX_TITLE_FRAGMENT = 12;

    /**
     * Where a title cut at its figures starts: a copy that puts every number on a line of its own
     * ({@link #brokenAtFigures}) breaks a title too ("2020" / "年城市管理局工作总结", "XX" / "县林业局" /
     * "2023" / "年工作总结及" …). The short lines right above the title's last fragment, back to the
     * text's start or a blank line, are the title's own when none of them ends a sentence or heads an
     * outline. {@code title} itself when the title stands whole.
     */
    private int brokenTitleStart(TextLines lines, int title) {
        if (!lines.foldedTrimmed(title).startsWith("年") || !brokenAtFigures(lines)) {
            return title;
        }
        int start = title;
        while (start > 0 && isTitleFragment(lines, start - 1)) {
            start--;
        }
        return start == title || start > 0 && !lines.isBlank(start - 1) ? title : start;
    }

    private boolean isTitleFragment(TextLines lines, int i) {
        String line = lines.foldedTrimmed(i);
        return !line.isEmpty() && line.length() <= MAX_TITLE_FRAGMENT && !isNoise(lines, i)
                && HeadingParser.parse(line) == null && SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) < 0
                && line.indexOf(',') < 0;
    }

    /** How far below the first paragraph a report's own title may still come (under a covering notice). */
    private static final int TITLE_SEARCH = 30;

    /** The first line at or after {@code from} that is a paragraph or a numbered heading, or -1. */
    private int firstBody(TextLines lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.foldedTrimmed(i);
            if (!lines.isBlank(i) && !isNoise(lines, i) && (LineShapes.isParagraph(line) || HeadingParser.parse(line) != null)) {
                return i;
            }
        }
        return -1;
    }

    private int firstContentLine(TextLines lines, TableOfContents toc) {
        return firstContentLine(lines, toc, 0);
    }

    private int firstContentLine(TextLines lines, TableOfContents toc, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.isBlank(i) && !toc.contains(i) && !isNoise(lines, i) && !LineShapes.isPageFurniture(lines.foldedTrimmed(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A number with no words after it ("3、", the next page-chunk mark of a document-sharing site after
     * the text it shows was cut, more4-007 line 5): with nothing under it, it numbers nothing of the
     * report, so the report ends above it.
     */
    private static boolean isNumberingAlone(String line) {
        NumberedLine n = line.isEmpty() ? null : HeadingParser.parse(line);
        return n != null && n.textStart() >= line.length();
    }

    private int lastContentLine(TextLines lines, int start, int end) {
        while (end > start && (lines.isBlank(end) || isTrailingNoise(lines, end) || isTrailingPageNumber(lines, end)
                || LineShapes.isForeignToChinese(lines.foldedTrimmed(end)) || isNumberingAlone(lines.foldedTrimmed(end)))) {
            end--;
        }
        return end;
    }

    /**
     * Web-page noise after a report's text (素材库, 点此登录); not a long paragraph, which is the report's
     * own last text mentioning the same thing ("…规范“健康青阳”微信公众号和网络工作群管理…"). A site's blurb
     * above a report may be long, so this holds at the end only.
     */
    private boolean isTrailingNoise(TextLines lines, int i) {
        String line = lines.foldedTrimmed(i);
        return isNoise(lines, i) && !(line.length() > MAX_NOISE_LINE && LineShapes.isParagraph(line));
    }

    /**
     * Page furniture at a report's end; but a bare number is a figure of the text when the text is
     * broken at its figures (a PDF copy that puts every number on a line of its own).
     */
    private static boolean isTrailingPageNumber(TextLines lines, int i) {
        String line = lines.foldedTrimmed(i);
        return LineShapes.isPageFurniture(line) && !(isBareNumber(line) && brokenAtFigures(lines));
    }

    /** So many figures cut out of their sentences show a text broken at its figures. */
    private static final int MIN_CUT_FIGURES = 3;

    /** Whether lines holding only a figure ("5%", "800") stand in the middle of sentences, again and again. */
    private static boolean brokenAtFigures(TextLines lines) {
        int cut = 0;
        for (int i = 1; i < lines.size() && cut < MIN_CUT_FIGURES; i++) {
            String line = lines.foldedTrimmed(i);
            String above = lines.foldedTrimmed(i - 1);
            if (!line.isEmpty() && !above.isEmpty() && isFigure(line)
                    && SENTENCE_ENDS.indexOf(above.charAt(above.length() - 1)) < 0) {
                cut++;
            }
        }
        return cut >= MIN_CUT_FIGURES;
    }

    private static final String SENTENCE_ENDS = "。!?;:";

    private static boolean isBareNumber(String line) {
        return !line.isEmpty() && line.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static boolean isFigure(String line) {
        return line.chars().anyMatch(c -> c >= '0' && c <= '9')
                && line.chars().allMatch(c -> c >= '0' && c <= '9' || c == '%' || c == '.' || c == '-' || c == '—');
    }

    private boolean isNoise(TextLines lines, int i) {
        String line = lines.folded(i);
        boolean[] found = {false};
        rules.noise().scan(line, 0, line.length(), (Boolean b, String term, int s, int e) -> found[0] = true);
        return found[0];
    }
}
