package dev.reportflow.classifier.split;

import dev.reportflow.classifier.outline.HeadingParser;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.TextLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into reports at their title lines. A title opens a report when the table of contents
 * lists it, or when it is strong (see {@link TitleShape}); a weak title only as the text's first
 * line. An outline that restarts at 一、 never opens a report by itself, and a title that repeats the
 * open report's title over the same first line is a second paste of that report, not a new one.
 * A report ends at the last line before the next title that is neither blank nor web-page noise.
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
        int firstContent = firstContentLine(lines, toc);
        for (int i = 0; i < lines.size(); i++) {
            if (toc.contains(i) || lines.isBlank(i)) {
                continue;
            }
            String line = lines.foldedTrimmed(i);
            TitleShape shape = TitleShape.of(line, rules);
            if (!shape.titleLike()) {
                continue;
            }
            boolean listed = toc.lists(line);
            if (!listed && !shape.strong() && !(titles.isEmpty() && i == firstContent)) {
                continue;
            }
            if (!titles.isEmpty() && repeatsPreviousReport(lines, titles.get(titles.size() - 1), i)) {
                continue;
            }
            titles.add(i);
        }
        List<ReportSpan> spans = new ArrayList<>();
        if (titles.isEmpty()) {
            int start = firstContentLine(lines, TableOfContents.NONE);
            if (start >= 0) {
                spans.add(new ReportSpan(-1, start, lastContentLine(lines, start, lines.size() - 1)));
            }
            return spans;
        }
        for (int k = 0; k < titles.size(); k++) {
            int start = titles.get(k);
            int next = k + 1 < titles.size() ? titles.get(k + 1) - 1 : lines.size() - 1;
            int end = lastContentLine(lines, start, next);
            if (k == titles.size() - 1 && (titles.size() > 1 || toc != TableOfContents.NONE)) {
                end = withoutClosingNote(lines, start, end);
            }
            spans.add(new ReportSpan(start, start, end));
        }
        return spans;
    }

    /** Words of a compilation's closing note: who compiled it, for whom, from where. */
    private static final List<String> CLOSING_NOTE_WORDS = List.of("汇编", "编者按", "编者注", "编后", "本刊", "仅供",
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
            if (line.length() > CLOSING_NOTE_MAX_LENGTH || HeadingParser.parse(line) != null || isDateLine(line)
                    || looksLikeSignature(line) || DOCUMENT_TAIL_WORDS.stream().anyMatch(line::startsWith)) {
                return end;
            }
            note |= isBracketed(line) || CLOSING_NOTE_WORDS.stream().anyMatch(line::contains);
        }
        return note || isDateLine(lines.foldedTrimmed(before)) ? before : end;
    }

    /** "2024年12月20日", "2024年12月": the date under a signature. */
    static boolean isDateLine(String line) {
        if (line.length() < 7 || line.length() > 16 || !Character.isDigit(line.charAt(0))) {
            return false;
        }
        int year = line.indexOf('年');
        int month = line.indexOf('月');
        if (year != 4 || month < year) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isDigit(c) && c != '年' && c != '月' && c != '日' && c != ' ') {
                return false;
            }
        }
        return true;
    }

    /** A short line with no punctuation and no bracket: a name under the text, such as "XX县图书馆". */
    private static boolean looksLikeSignature(String line) {
        if (line.length() > 30 || isBracketed(line)) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ',' || c == '。' || c == ';' || c == ':' || c == '!' || c == '?') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBracketed(String line) {
        if (line.length() < 3) {
            return false;
        }
        char open = line.charAt(0);
        char close = line.charAt(line.length() - 1);
        return open == '(' && close == ')' || open == '【' && close == '】' || open == '[' && close == ']';
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
                merged.add(new ReportSpan(previous.titleLine(), previous.start(), span.end()));
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

    private int firstContentLine(TextLines lines, TableOfContents toc) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.isBlank(i) && !toc.contains(i) && !isNoise(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    private int lastContentLine(TextLines lines, int start, int end) {
        while (end > start && (lines.isBlank(end) || isNoise(lines, end))) {
            end--;
        }
        return end;
    }

    private boolean isNoise(TextLines lines, int i) {
        String line = lines.folded(i);
        boolean[] found = {false};
        rules.noise().scan(line, 0, line.length(), (Boolean b, String term, int s, int e) -> found[0] = true);
        return found[0];
    }
}
