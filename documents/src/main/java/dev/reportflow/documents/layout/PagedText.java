package dev.reportflow.documents.layout;

import dev.reportflow.classifier.outline.HeadingParser;
import dev.reportflow.classifier.outline.NumberedLine;
import dev.reportflow.classifier.outline.Numbering;
import dev.reportflow.classifier.text.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the lines of a laid-out document (PDF, OFD) back into the paragraphs the classifier reads.
 * A page holds a paragraph as several lines broken wherever the margin fell, and adds a running
 * header, a footer and a page number to every page; the outline parser needs one line per heading
 * and per paragraph, and no furniture between them. So:
 * <ul>
 *   <li>lines at the top or bottom of a page that recur there on most pages (digits aside: "第 3 页"
 *   and "第 4 页" are the same line), and page numbers ("第 N 页", "- N -", "N / M") there, are dropped;</li>
 *   <li>a line is joined to the next when it fills the text column (a short or centred line ends
 *   its paragraph: a title, a heading, a date), does not end a sentence (。！？；：) and the next line
 *   does not start a heading (一、 （一） 1. 第一部分 …) — across page breaks too.</li>
 * </ul>
 */
public final class PagedText {

    /**
     * One line as laid out: its text and where it starts and ends across the page, with the width
     * of a typical glyph in it, all in the page's units.
     */
    public record Line(String text, double left, double right, double glyphWidth) {
    }

    /**
     * Text drawn at one place: a glyph, or a run of glyphs, with its start and end across the page,
     * its baseline (growing down the page) and its font size, all in the page's units.
     */
    public record Fragment(String text, double x, double baseline, double right, double size) {
    }

    /**
     * A page's fragments as lines, in reading order: fragments whose baselines lie within half a
     * font size of each other are one line, read left to right; lines top to bottom. Grouping by
     * baseline rather than by glyph boxes keeps a small running header apart from a large first
     * line just below it, whose boxes (from the font's ascent) would overlap.
     */
    public static List<Line> lines(List<Fragment> fragments) {
        List<Fragment> sorted = new ArrayList<>(fragments);
        sorted.sort(Comparator.comparingDouble(Fragment::baseline).thenComparingDouble(Fragment::x));
        List<Line> lines = new ArrayList<>();
        List<Fragment> line = new ArrayList<>();
        for (Fragment fragment : sorted) {
            if (!line.isEmpty() && Math.abs(fragment.baseline() - line.get(0).baseline()) > line.get(0).size() / 2) {
                lines.add(toLine(line));
                line.clear();
            }
            line.add(fragment);
        }
        if (!line.isEmpty()) {
            lines.add(toLine(line));
        }
        return lines;
    }

    private static Line toLine(List<Fragment> fragments) {
        fragments.sort(Comparator.comparingDouble(Fragment::x));
        StringBuilder text = new StringBuilder();
        double right = -Double.MAX_VALUE;
        double sizes = 0;
        for (Fragment fragment : fragments) {
            // A gap wider than a third of a glyph is a word space the writer drew as a move, not a character.
            if (text.length() > 0 && fragment.x() - right > fragment.size() / 3
                    && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                text.append(' ');
            }
            text.append(fragment.text());
            right = Math.max(right, fragment.right());
            sizes += fragment.size();
        }
        return new Line(text.toString(), fragments.get(0).x(), right, sizes / fragments.size());
    }

    /** How many lines at each end of a page may be furniture. */
    private static final int EDGE_LINES = 2;
    /** "第 3 页", "第3页 共12页", "- 3 -", "— 3 —", "3 / 12", "3", "Page 3 of 12". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(第\\s*[0-9０-９一二三四五六七八九十百〇零]+\\s*页(\\s*[,，/、]?\\s*共\\s*[0-9０-９]+\\s*页)?"
                    + "|[-—–－]\\s*[0-9０-９]+\\s*[-—–－]|[0-9]+\\s*/\\s*[0-9]+|[0-9０-９]+|page\\s*[0-9]+(\\s*of\\s*[0-9]+)?)",
            Pattern.CASE_INSENSITIVE);
    private static final String SENTENCE_ENDS = "。！？；：!?;:";
    private static final String CLOSERS = "”’」』）)》〉】\"'";

    private PagedText() {
    }

    /** The text of {@code pages} (each its lines top to bottom), one line per paragraph. */
    public static String join(List<List<Line>> pages) {
        List<List<Line>> cleaned = new ArrayList<>();
        for (List<Line> page : pages) {
            List<Line> lines = new ArrayList<>();
            for (Line line : page) {
                String text = tidy(line.text());
                if (!text.isEmpty()) {
                    lines.add(new Line(text, line.left(), line.right(), line.glyphWidth()));
                }
            }
            cleaned.add(lines);
        }
        List<Line> body = withoutFurniture(cleaned);
        if (body.isEmpty()) {
            return "";
        }
        double margin = rightMargin(body);
        double leftMargin = body.stream().mapToDouble(Line::left).min().orElse(0);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder(body.get(0).text());
        for (int i = 1; i < body.size(); i++) {
            Line previous = body.get(i - 1);
            Line line = body.get(i);
            if (runsToMargin(previous, leftMargin, margin) && !endsSentence(previous.text()) && !startsHeading(line.text())) {
                if (isLatin(paragraph.charAt(paragraph.length() - 1)) && isLatin(line.text().charAt(0))) {
                    paragraph.append(' ');
                }
                paragraph.append(line.text());
            } else {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
                paragraph.append(line.text());
            }
        }
        paragraphs.add(paragraph.toString());
        return String.join("\n", paragraphs);
    }

    /** The body's lines in order, without the lines at page edges that are page furniture. */
    static List<Line> withoutFurniture(List<List<Line>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<Line> page : pages) {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                if (atEdge(i, page.size())) {
                    keys.add(key(page.get(i).text()));
                }
            }
            keys.forEach(key -> pagesWith.merge(key, 1, Integer::sum));
        }
        // "Most pages": more than half of them, and at least two; one page has no running header to see.
        int recurring = Math.max(2, pages.size() / 2 + 1);
        List<Line> body = new ArrayList<>();
        for (List<Line> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                Line line = page.get(i);
                boolean furniture = atEdge(i, page.size()) && (pagesWith.getOrDefault(key(line.text()), 0) >= recurring
                        || PAGE_NUMBER.matcher(line.text()).matches());
                if (!furniture) {
                    body.add(line);
                }
            }
        }
        return body;
    }

    private static boolean atEdge(int index, int lines) {
        return index < EDGE_LINES || index >= lines - EDGE_LINES;
    }

    /** A line with its numbers blanked, so that "第 3 页" and "第 4 页" are one recurring line. */
    private static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                if (key.length() == 0 || key.charAt(key.length() - 1) != '#') {
                    key.append('#');
                }
            } else if (!Character.isWhitespace(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    /**
     * Where full lines end. Most lines of a longer body run to the margin, so there the line end
     * nine in ten lines do not pass is taken (a stray wide line, a table row, does not move it); a
     * body of few lines may have none that wraps, so there the widest line is taken.
     */
    private static double rightMargin(List<Line> body) {
        double[] rights = body.stream().mapToDouble(Line::right).toArray();
        Arrays.sort(rights);
        return rights.length < 10 ? rights[rights.length - 1] : rights[(int) Math.floor(0.9 * (rights.length - 1))];
    }

    /**
     * A line that wraps fills the text column: it ends within two glyphs of the right margin (the
     * next glyph, or a mark that may not start a line, did not fit) and starts at the left margin
     * or a paragraph's indent (two glyphs in Chinese documents; four allowed). A centred title
     * does neither.
     */
    private static boolean runsToMargin(Line line, double leftMargin, double rightMargin) {
        double glyph = Math.max(line.glyphWidth(), 1e-3);
        return line.right() >= rightMargin - 2 * glyph && line.left() <= leftMargin + 4 * glyph;
    }

    static boolean endsSentence(String text) {
        int i = text.length() - 1;
        while (i > 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0;
    }

    /** The outline parser's own headings; 一是/二是 clauses run on inside paragraphs and do not count. */
    static boolean startsHeading(String text) {
        NumberedLine numbered = HeadingParser.parse(Folding.fold(text));
        return numbered != null && !numbered.weak() && numbered.style() != Numbering.ORDINAL_CLAUSE;
    }

    /**
     * The line without spaces around Chinese characters: text extraction guesses word gaps from
     * glyph spacing, and justified Chinese lines are spaced out ("县 应 急 管 理 局"), while Chinese
     * text has no spaces between words.
     */
    static String tidy(String text) {
        String stripped = text.strip();
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
                int end = i;
                while (end < stripped.length() && (Character.isWhitespace(stripped.charAt(end)) || stripped.charAt(end) == '\u00A0'
                        || stripped.charAt(end) == '\u3000')) {
                    end++;
                }
                boolean atEnds = i == 0 || end == stripped.length();
                if (!atEnds && !isWide(stripped.charAt(i - 1)) && !isWide(stripped.charAt(end))) {
                    out.append(' ');
                }
                i = end - 1;
            } else if (c >= 0x20 || c == '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** CJK characters and punctuation, full-width forms. */
    private static boolean isWide(char c) {
        return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFFEF || Character.isSurrogate(c);
    }

    private static boolean isLatin(char c) {
        return c < 0x250 && Character.isLetterOrDigit(c);
    }
}
