package dev.reportflow.classifier.split;

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
            spans.add(new ReportSpan(start, start, lastContentLine(lines, start, next)));
        }
        return spans;
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
