package dev.reportflow.classifier.eval;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.Section;
import dev.reportflow.classifier.outline.HeadingParser;
import dev.reportflow.classifier.outline.HeadingPhrase;
import dev.reportflow.classifier.outline.NumberedLine;
import dev.reportflow.classifier.outline.Numbering;
import dev.reportflow.classifier.text.TextLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outline anomalies that need no labels: shapes of a found outline that Chinese work reports do not
 * have (a count that skips or starts again, a top level of mixed styles, a heading that is a sentence,
 * a figure or the page's chrome), and disagreements between the outline and the numbering the text
 * itself shows (a count of 一、 or 第X部分 headings that the outline misses, a 一、 above a lower top
 * level). Run over unlabelled real text, they point at general failures without a gold file; each
 * finding still has to be read, as a report may truly skip a number or be an excerpt.
 */
public final class OutlineAnomalies {

    /** The kinds of anomaly, each with what it looks like. */
    public enum Kind {
        NUMBER_SKIPS("top-level count skips a number (一、二、四)"),
        NUMBER_RESTARTS("top-level count starts again (一、二、一)"),
        MIXED_STYLES("top level mixes numbering styles or numbered and unnumbered headings"),
        SENTENCE_HEADING("heading runs on into its body (a sentence ended inside, or a space then body)"),
        FIGURE_HEADING("heading is only a date, a figure or a number"),
        CHROME_HEADING("heading holds the page's chrome (下载, 阅读, 来源 …)"),
        ANNOUNCEMENT_HEADING("unnumbered heading announces the parts (…如下)"),
        FEW_SECTIONS("0 or 1 section, though the report counts 一、 or 第X部分 to 2 or more"),
        COUNT_BELOW_TEXT("fewer sections than the report's count of top-level numbers"),
        MISSED_TOP_LEVEL("the report shows a 一、 count, but its top level is lower or none"),
        EARLIER_HEADING("a heading of the first section's style and count stands above the first section");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** One finding: its kind, the 1-based line it is about, and what was seen. */
    public record Anomaly(Kind kind, int line, String detail) {
    }

    /** Where a 一、 can start: a line's start, after a stop, a space or a colon, or right after a title's last word. */
    private static final Pattern CHINESE_HEADING = Pattern.compile(
            "(?:^|[。;；!！?？\\s:：]|(?<=总结|报告|思路|打算|计划|安排|要点|汇报|谋划))\\s*([一二三四五六七八九十]{1,3})、", Pattern.MULTILINE);
    private static final Pattern PART_HEADING = Pattern.compile("第([一二三四五六七八九十]{1,3})部分");
    private static final Pattern CHINESE_PAREN_HEADING = Pattern.compile(
            "(?:^|[。;；\\s])\\s*[（(]([一二三四五六七八九十]{1,3})[)）]", Pattern.MULTILINE);
    private static final Pattern FIGURE = Pattern.compile("[\\s\\d０-９xX*一二三四五六七八九十〇零年月日.．、,，%‰万亿元个项人次:：\\-—~]+");
    private static final List<String> CHROME = List.of("下载", "阅读", "来源:", "浏览", "分享", "字号", "打印", "扫一扫",
            "版权", "免费", "上一篇", "下一篇", "发布时间", "点击", "收藏", "举报", "首页", "当前位置", "您的位置", "投稿", "小编");
    /** A heading this long or longer ran to the longest a heading may be: no stop or space ended it. */
    private static final int RUN_ON = HeadingPhrase.MAX_LENGTH - 2;
    /** A space that parts a heading's words from this many more characters of body. */
    private static final Pattern SPACE_THEN_BODY = Pattern.compile(".{4,}\\s+\\S.{7,}");

    private OutlineAnomalies() {
    }

    /** The anomalies of every report {@code c} found in {@code text}. */
    public static List<Anomaly> of(Classification c) {
        List<Anomaly> found = new ArrayList<>();
        for (Report report : c.reports()) {
            check(report, c.lines(report.startLine(), report.endLine()), report.startLine(), found);
        }
        return found;
    }

    private static void check(Report report, String text, int firstLine, List<Anomaly> found) {
        List<Section> sections = report.sections();
        List<NumberedLine> numbers = sections.stream().map(s -> HeadingParser.parse(TextLines.of(s.heading()).folded(0))).toList();
        Integer last = null;
        for (int k = 0; k < sections.size(); k++) {
            Section s = sections.get(k);
            NumberedLine n = numbers.get(k);
            if (k > 0 && !Objects.equals(style(n), style(numbers.get(k - 1)))) {
                found.add(new Anomaly(Kind.MIXED_STYLES, s.line(), style(numbers.get(k - 1)) + " then " + style(n)));
            }
            if (n != null && last != null && n.number() > last + 1) {
                found.add(new Anomaly(Kind.NUMBER_SKIPS, s.line(), last + " → " + n.number()));
            } else if (n != null && last != null && n.number() <= last) {
                found.add(new Anomaly(Kind.NUMBER_RESTARTS, s.line(), last + " → " + n.number()));
            }
            if (n != null) {
                last = n.number();
            }
            headingShape(s, n, found);
        }
        int chinese = count(CHINESE_HEADING, text);
        int parts = count(PART_HEADING, text);
        int top = chinese > 0 ? chinese : parts > 0 ? parts : count(CHINESE_PAREN_HEADING, text);
        if (sections.size() <= 1 && Math.max(chinese, parts) >= 2) {
            found.add(new Anomaly(Kind.FEW_SECTIONS, report.startLine(), sections.size() + " section(s), the text counts "
                    + (chinese >= parts ? "一、 to " + chinese : "第X部分 to " + parts)));
        } else if (top >= 2 && sections.size() < top) {
            found.add(new Anomaly(Kind.COUNT_BELOW_TEXT, report.startLine(), sections.size() + " section(s), the text counts to " + top));
        }
        if (chinese >= 1 && numbers.stream().noneMatch(n -> n != null && (n.style() == Numbering.CHINESE || n.style() == Numbering.PART))) {
            found.add(new Anomaly(Kind.MISSED_TOP_LEVEL, report.startLine(), "the text counts 一、 to " + chinese + ", the top level is "
                    + (sections.isEmpty() ? "none" : String.valueOf(style(numbers.get(0))))));
        }
        if (!sections.isEmpty() && numbers.get(0) != null) {
            earlierHeading(text, firstLine, sections.get(0).line(), numbers.get(0), found);
        }
    }

    private static void headingShape(Section s, NumberedLine n, List<Anomaly> found) {
        String heading = s.heading();
        String words = (n == null ? heading : heading.substring(Math.min(heading.length(), n.textStart()))).strip();
        String inner = words.endsWith("。") ? words.substring(0, words.length() - 1) : words;
        if (words.length() >= RUN_ON || inner.contains("。") || SPACE_THEN_BODY.matcher(words).matches()) {
            found.add(new Anomaly(Kind.SENTENCE_HEADING, s.line(), heading));
        }
        if (!words.isEmpty() && FIGURE.matcher(words).matches()) {
            found.add(new Anomaly(Kind.FIGURE_HEADING, s.line(), heading));
        }
        if (CHROME.stream().anyMatch(heading::contains)) {
            found.add(new Anomaly(Kind.CHROME_HEADING, s.line(), heading));
        }
        if (n == null && words.contains("如下")) {
            found.add(new Anomaly(Kind.ANNOUNCEMENT_HEADING, s.line(), heading));
        }
    }

    private static void earlierHeading(String text, int firstLine, int sectionLine, NumberedLine first, List<Anomaly> found) {
        TextLines lines = TextLines.of(text);
        for (int i = 0; i < Math.min(sectionLine - firstLine, lines.size()); i++) {
            NumberedLine n = HeadingParser.parse(lines.folded(i));
            if (n != null && n.style() == first.style() && n.number() <= first.number()) {
                String line = lines.original(i).strip();
                found.add(new Anomaly(Kind.EARLIER_HEADING, firstLine + i, line.substring(0, Math.min(30, line.length()))));
                return;
            }
        }
    }

    /** How far the numbers the pattern finds count from 1 (一、 二、 三、 … in the order met). */
    private static int count(Pattern pattern, String text) {
        int counted = 0;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (chineseNumber(m.group(1)) == counted + 1) {
                counted++;
            }
        }
        return counted;
    }

    private static int chineseNumber(String numeral) {
        NumberedLine n = HeadingParser.parse(numeral + "、x");
        return n == null ? -1 : n.number();
    }

    private static String style(NumberedLine n) {
        return n == null ? "unnumbered" : n.style().name();
    }
}
