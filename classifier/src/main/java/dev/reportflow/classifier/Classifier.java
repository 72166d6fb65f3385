package dev.reportflow.classifier;

import dev.reportflow.classifier.issuer.IssuerRecognizer;
import dev.reportflow.classifier.outline.HeadingParser;
import dev.reportflow.classifier.outline.NotHeadings;
import dev.reportflow.classifier.outline.NumberedLine;
import dev.reportflow.classifier.outline.Numbering;
import dev.reportflow.classifier.outline.OutlineParser;
import dev.reportflow.classifier.outline.OutlineSection;
import dev.reportflow.classifier.outline.RunOnHeadings;
import dev.reportflow.classifier.report.AnnouncedPlan;
import dev.reportflow.classifier.report.BothPartsNamed;
import dev.reportflow.classifier.report.CongressReport;
import dev.reportflow.classifier.report.ContentReader;
import dev.reportflow.classifier.report.NonReportCues;
import dev.reportflow.classifier.report.OpeningYears;
import dev.reportflow.classifier.report.ReportKind;
import dev.reportflow.classifier.report.ReportTally;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.section.DepartmentScorer;
import dev.reportflow.classifier.section.HeadingCues;
import dev.reportflow.classifier.section.RoleClassifier;
import dev.reportflow.classifier.section.TopicTally;
import dev.reportflow.classifier.split.ReportSpan;
import dev.reportflow.classifier.split.ReportSplitter;
import dev.reportflow.classifier.text.TextLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Classifies a decoded text, as stages over its lines: split the compilation into reports (table
 * of contents, titles), parse each report's outline, read its words once (topics, self-references,
 * tense), recognise the issuer, the kind and years, each top-level section's role, and the
 * departments of each routed unit. Every decision carries its evidence; every result the classifier
 * and rules versions. Thread-safe, free of Kafka, and it never throws.
 */
public final class Classifier {

    public static final String VERSION = "0.14.1";

    private final Rules rules;
    private final ReportSplitter splitter;
    private final OutlineParser outlines;
    private final IssuerRecognizer issuers;
    private final RoleClassifier roles;
    private final ContentReader reader;

    public Classifier(Rules rules) {
        this.rules = rules;
        this.splitter = new ReportSplitter(rules);
        this.outlines = new OutlineParser(rules);
        this.issuers = new IssuerRecognizer(rules);
        this.roles = new RoleClassifier(rules);
        this.reader = new ContentReader(rules);
    }

    public static Classifier standard() {
        return new Classifier(Rules.bundled());
    }

    public Rules rules() {
        return rules;
    }

    public Classifier withRules(Rules newRules) {
        return new Classifier(newRules);
    }

    /**
     * The reports in {@code text} (none when it holds no report), for offline use: a defect in the
     * classifier gives no report, with {@code notAReport} saying so ("classifier.internal-error"),
     * rather than an exception. The pipeline calls {@link #classifyOrThrow}, so that a defect reaches
     * its error handling and is never taken for the office's fault.
     */
    public Classification classify(String text) {
        String input = text == null ? "" : text;
        try {
            return classifyOrThrow(input);
        } catch (RuntimeException | StackOverflowError e) {
            return new Classification(List.of(), TextLines.of(input).physicalLines(), VERSION, rules.version(),
                    Evidence.of("classifier.internal-error", 0, "the classifier failed on this text ("
                            + e.getClass().getSimpleName() + "); this is a defect of reportflow, not of the file"));
        }
    }

    /** The reports in {@code text}; a defect of the classifier throws. */
    public Classification classifyOrThrow(String text) {
        TextLines lines = RunOnHeadings.cut(TextLines.of(text), rules);
        NumberedLine[] numbered = new NumberedLine[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            numbered[i] = HeadingParser.parse(lines.folded(i));
        }
        dropPageChunkMarks(lines, numbered);
        NotHeadings.drop(lines, numbered);
        List<ReportSpan> candidates = splitter.split(lines);
        Map<ReportSpan, List<OutlineSection>> outlines = new HashMap<>();
        List<Boolean> hasOutline = new ArrayList<>();
        for (ReportSpan span : candidates) {
            List<OutlineSection> outline = outlineOf(lines, numbered, span);
            outlines.put(span, outline);
            hasOutline.add(!outline.isEmpty());
        }
        List<Report> reports = new ArrayList<>();
        for (ReportSpan span : ReportSplitter.mergeOutlineless(candidates, hasOutline)) {
            List<OutlineSection> outline = outlines.computeIfAbsent(span, s -> outlineOf(lines, numbered, s));
            Report report = outline.isEmpty() ? null : report(lines, numbered, span, outline, null);
            if (report != null) {
                reports.add(report);
            }
        }
        if (reports.isEmpty()) {
            return acceptedByDefault(lines, numbered);
        }
        // an outline under no report title is a notice's or a news item's as readily as a report's:
        // the text's own title decides, as it does for a text without an outline
        Evidence other = reports.stream().allMatch(r -> r.title().isEmpty()) ? NonReportCues.find(lines).orElse(null) : null;
        return other != null ? new Classification(List.of(), lines.physicalLines(), VERSION, rules.version(), other)
                : new Classification(reports, lines.physicalLines(), VERSION, rules.version(), null);
    }

    /**
     * A text in which no titled report with an outline was found: no report when something says it
     * is another kind of text ({@link NonReportCues}) or it holds nothing to read; else the whole text
     * as one report, with a confidence that says how plainly it is one.
     */
    private Classification acceptedByDefault(TextLines lines, NumberedLine[] numbered) {
        Evidence other = NonReportCues.find(lines).orElse(null);
        ReportSpan span = other == null ? splitter.wholeText(lines) : null;
        if (span == null) {
            return new Classification(List.of(), lines.physicalLines(), VERSION, rules.version(), other != null ? other
                    : Evidence.of("not-a-report.empty", 1.0, "文中没有可构成报告的段落或标题 (the text holds no paragraph or heading that could belong to a report)"));
        }
        List<OutlineSection> outline = outlineOf(lines, numbered, span);
        Confidence.Shape shape = span.hasTitle() ? Confidence.Shape.TITLE_ONLY
                : speaksAsReport(lines, span) ? Confidence.Shape.SPEAKS_AS_REPORT : Confidence.Shape.ACCEPTED_BY_DEFAULT;
        return new Classification(List.of(report(lines, numbered, span, outline, shape)), lines.physicalLines(), VERSION,
                rules.version(), null);
    }

    /** Words by which a text without a title says that it reports: its speaker, or "here is what we did". */
    private static final List<String> REPORT_VOICE = List.of("向大会报告", "报告工作", "汇报如下", "报告如下", "总结如下",
            "各位代表", "现将", "一年来", "今年以来", "上半年以来");

    private static boolean speaksAsReport(TextLines lines, ReportSpan span) {
        for (int i = span.start(); i <= Math.min(span.end(), span.start() + 20); i++) {
            String line = lines.folded(i);
            if (REPORT_VOICE.stream().anyMatch(line::contains)) {
                return true;
            }
        }
        return false;
    }

    /** A line this long that ends without closing its sentence goes on in the next line. */
    private static final int RUN_ON_LINE = 40;
    private static final String SENTENCE_ENDS = "。!?;:…\"”";

    /**
     * Document-sharing sites cut a page into chunks and number them at the start of a line ("2、盟。",
     * "3、启动、招商引资拉动…"), in the middle of a sentence the line above leaves open: such a number is
     * the site's, not the report's outline. An arabic number counts as a heading only when the line
     * above ends its sentence, is short (a heading, "主要做法如下"), or is blank; and never when the
     * same physical line goes on to a 一、 heading (a flattened page, "1、XX局工作总结…。一、…"), which
     * no 1、 can stand above. The numbers that count up to a chunk mark, on lines exactly as long as
     * the mark's (the site cuts the text into equal pieces: the "1、" that opens the page, with no line
     * above to tell), are the site's too ({@link #dropEarlierChunkMarks}).
     */
    private static void dropPageChunkMarks(TextLines lines, NumberedLine[] numbered) {
        List<Integer> arabics = new ArrayList<>();
        for (int i = 0; i < numbered.length; i++) {
            NumberedLine n = numbered[i];
            if (n == null || n.style() != Numbering.ARABIC) {
                continue;
            }
            arabics.add(i);
            if (headsFlattenedOutline(lines, numbered, i)) {
                numbered[i] = null;
                dropEarlierChunkMarks(lines, numbered, arabics, n.number(), physicalLength(lines, i));
                continue;
            }
            if (i == 0 || lines.isBlank(i - 1)) {
                continue;
            }
            String above = lines.foldedTrimmed(i - 1);
            if (above.length() >= RUN_ON_LINE && SENTENCE_ENDS.indexOf(above.charAt(above.length() - 1)) < 0) {
                numbered[i] = null;
                dropEarlierChunkMarks(lines, numbered, arabics, n.number(), physicalLength(lines, i));
            }
        }
    }

    /**
     * Drops the marks that count up to a chunk mark numbered {@code number}: the arabic numbers
     * before it, each one less than the next, on lines exactly as long as the piece after them (the
     * site cuts the text into equal pieces, so "1、" opens a piece as long as the one "2、" opens). The
     * first piece has no line above to tell it from a heading, and its mark may precede a mark already
     * known for one (its piece runs into a 一、 heading).
     */
    private static void dropEarlierChunkMarks(TextLines lines, NumberedLine[] numbered, List<Integer> arabics,
                                              int number, int length) {
        int expected = number - 1;
        for (int k = arabics.size() - 2; k >= 0 && expected >= 1; k--) {
            int j = arabics.get(k);
            if (physicalLength(lines, j) != length || HeadingParser.parse(lines.folded(j)).number() != expected) {
                return;
            }
            numbered[j] = null;
            expected--;
        }
    }

    private static int physicalLength(TextLines lines, int i) {
        return lines.physicalLines().get(lines.physicalLine(i)).length();
    }

    /** Whether a later logical line cut from the same physical line as {@code i} starts with 一、. */
    private static boolean headsFlattenedOutline(TextLines lines, NumberedLine[] numbered, int i) {
        for (int j = i + 1; j < numbered.length && lines.physicalLine(j) == lines.physicalLine(i); j++) {
            if (numbered[j] != null && numbered[j].style() == Numbering.CHINESE) {
                return true;
            }
        }
        return false;
    }

    private List<OutlineSection> outlineOf(TextLines lines, NumberedLine[] numbered, ReportSpan span) {
        int bodyStart = span.bodyStart();
        return bodyStart > span.end() ? List.of() : outlines.parse(lines, numbered, bodyStart, span.end());
    }

    /** The title's lines joined (a title split over two lines reads as one), or "" without a title. */
    private static String titleOf(ReportSpan span, java.util.function.IntFunction<String> line) {
        StringBuilder title = new StringBuilder();
        for (int i = span.titleLine(); span.hasTitle() && i <= span.titleEnd(); i++) {
            title.append(line.apply(i));
        }
        return title.toString();
    }

    /**
     * The report in {@code span}. {@code acceptedAs} is null on the main path, where an untitled span
     * must also look like a report to be one; for a text accepted by default it says how plainly it
     * is a report, and the outline may be empty.
     */
    private Report report(TextLines lines, NumberedLine[] numbered, ReportSpan span, List<OutlineSection> outline,
                          Confidence.Shape acceptedAs) {
        if (acceptedAs == null && !span.hasTitle() && outline.size() < MIN_UNTITLED_SECTIONS) {
            // looksLikeReport would refuse it below, after reading its words, issuer, kind and roles:
            // 64 of the 78 untitled spans of the corpus' dev texts end here (classify +17 % on them)
            return null;
        }
        ContentReader.Tallies tallies = reader.read(lines, span, outline);
        String title = titleOf(span, lines::foldedTrimmed);
        IssuerRecognizer.Result issuer = issuers.recognise(lines, title, openingLines(lines, numbered, span, outline),
                profileLines(lines, outline), span.start(), span.end(), tallies.report());
        List<String> headings = new ArrayList<>();
        outline.forEach(s -> headings.add(lines.folded(s.line()).substring(s.phraseStart(), s.phraseEnd())));
        ReportKind provisional = ReportKind.of(title, issuer.titleBodyEnd(), List.of(), headings, rules);
        List<String> preamble = preamble(lines, span, outline);
        boolean planOnly = provisional.kind().equals("plan") || provisional.kind().equals("special_topic_plan")
                || AnnouncedPlan.announces(lineAboveOutline(lines, span, outline));
        List<RoleClassifier.Decision> decisions = roles(lines, outline, provisional.years(), tallies, planOnly);
        List<Role> sectionRoles = decisions.stream().map(RoleClassifier.Decision::role).toList();
        ReportKind byTitle = title.isEmpty()
                ? ReportKind.of(title, 0, sectionRoles, headings, rules)
                : ReportKind.ofTitled(title, issuer.titleBodyEnd(), sectionRoles, headings, rules);
        ReportKind kind = CongressReport.read(title, byTitle.evidence().rule().startsWith("kind.title"), preamble)
                .correct(BothPartsNamed.correct(byTitle, preamble), title, sectionRoles, headings, preamble);
        if (acceptedAs == null && !span.hasTitle() && !looksLikeReport(outline, kind, decisions)) {
            return null;
        }
        // after the test above: a year in a text's opening is no sign that the text is a report
        kind = OpeningYears.correct(kind, withFirstSectionLine(preamble, lines, numbered, outline));
        List<Section> sections = new ArrayList<>();
        for (int k = 0; k < outline.size(); k++) {
            sections.add(section(lines, outline.get(k), decisions.get(k), tallies, k, issuer.issuer()));
        }
        Section body = outline.isEmpty() ? body(lines, span, tallies, issuer.issuer()) : null;
        Confidence.Shape shape = acceptedAs != null ? acceptedAs
                : !span.hasTitle() ? Confidence.Shape.UNTITLED_OUTLINE
                : NonReportCues.namesOtherDocument(title) ? Confidence.Shape.TITLE_NAMES_OTHER_DOCUMENT
                : Confidence.Shape.TITLED_OUTLINE;
        String printedTitle = titleOf(span, i -> lines.original(i).strip());
        return new Report(publicLine(lines, span.start()), publicLine(lines, span.end()), printedTitle, issuer.issuer(),
                kind.kind(), kind.years(),
                sections, body, Confidence.of(issuer.issuer(), shape));
    }

    /** The whole text of a report without an outline, as one section: read as a review of its work. */
    private static Section body(TextLines lines, ReportSpan span, ContentReader.Tallies tallies, Issuer issuer) {
        return new Section(publicLine(lines, span.bodyStart()), publicLine(lines, span.end()), "", Role.REVIEW,
                Evidence.of("role.whole-report", 0.5, "a report without headings is routed whole, as a review of its work"),
                DepartmentScorer.route(tallies.report().topics(), issuer), List.of());
    }

    private List<RoleClassifier.Decision> roles(TextLines lines, List<OutlineSection> outline, List<Integer> years,
                                                ContentReader.Tallies tallies, boolean planOnly) {
        List<RoleClassifier.Decision> decisions = new ArrayList<>();
        boolean planSeen = planOnly;
        for (int k = 0; k < outline.size(); k++) {
            OutlineSection s = outline.get(k);
            // a paragraph that announces the plan ends the section before it: the course is the plan from here
            planSeen |= k > 0 && AnnouncedPlan.announces(lastLineOf(lines, outline.get(k - 1)));
            List<RoleClassifier.Phrase> children = s.children().stream()
                    .map(c -> new RoleClassifier.Phrase(lines.folded(c.line()), c.phraseStart(), c.phraseEnd())).toList();
            RoleClassifier.Decision d = roles.classify(new RoleClassifier.Phrase(lines.folded(s.line()), s.phraseStart(),
                    s.phraseEnd()), years, children, tallies.section(k), planSeen, planOnly);
            planSeen |= d.role() == Role.PLAN;
            decisions.add(d);
        }
        return decisions;
    }

    private Section section(TextLines lines, OutlineSection s, RoleClassifier.Decision decision,
                            ContentReader.Tallies tallies, int k, Issuer issuer) {
        List<Subsection> subsections = new ArrayList<>();
        List<DepartmentMatch> namedBySection = s.children().isEmpty() ? List.of() : DepartmentScorer.namedBy(reader.heading(lines, s));
        for (int u = 0; u < s.children().size(); u++) {
            OutlineSection c = s.children().get(u);
            subsections.add(new Subsection(publicLine(lines, c.line()), publicLine(lines, c.endLine()),
                    heading(lines, c),
                    DepartmentScorer.route(tallies.unit(k, u), issuer, namesItsRole(lines, c), namedBySection)));
        }
        TopicTally own = tallies.section(k);
        return new Section(publicLine(lines, s.line()), publicLine(lines, s.endLine()), heading(lines, s),
                decision.role(), decision.evidence(),
                DepartmentScorer.route(own, issuer, namesItsRole(lines, s), List.of()), subsections);
    }

    /** Whether a heading holds a word that decides its role on its own (工作回顾, 存在问题, 工作计划 …). */
    private boolean namesItsRole(TextLines lines, OutlineSection s) {
        return HeadingCues.read(lines.folded(s.line()), s.phraseStart(), s.phraseEnd(), rules).strongest() != null;
    }

    /** The 1-based physical line of logical line {@code i}: results number the text as it was given. */
    private static int publicLine(TextLines lines, int i) {
        return lines.physicalLine(i) + 1;
    }

    private static String heading(TextLines lines, OutlineSection s) {
        String original = lines.original(s.line());
        String folded = lines.folded(s.line());
        int end = s.phraseEnd() < folded.length() && folded.charAt(s.phraseEnd()) == '。' ? s.phraseEnd() + 1 : s.phraseEnd();
        return original.substring(0, Math.min(end, original.length())).strip();
    }

    private static final int PREAMBLE_LINES = 8;
    private static final int PREAMBLE_CHARS = 300;

    /**
     * The lines from a report's start to its first section (title, session subtitle, speaker,
     * salutation, 我代表… sentence), each cut short; a report run into one line gives its opening.
     */
    private static List<String> preamble(TextLines lines, ReportSpan span, List<OutlineSection> outline) {
        int outlineStart = outline.isEmpty() ? span.end() + 1 : outline.get(0).line();
        List<String> preamble = new ArrayList<>();
        for (int i = span.start(); i <= span.end() && (i < outlineStart || i == span.start())
                && preamble.size() < PREAMBLE_LINES; i++) {
            String line = lines.foldedTrimmed(i);
            if (!line.isEmpty()) {
                preamble.add(line.substring(0, Math.min(line.length(), PREAMBLE_CHARS)));
            }
        }
        return preamble;
    }

    /** The last non-blank line of a section's body, trimmed and folded; "" when the section is only its heading. */
    private static String lastLineOf(TextLines lines, OutlineSection s) {
        for (int i = s.endLine(); i > s.line(); i--) {
            if (!lines.isBlank(i)) {
                return lines.foldedTrimmed(i);
            }
        }
        return "";
    }

    /** The whole last line of text between a report's title and its outline, or "" when there is none. */
    private static String lineAboveOutline(TextLines lines, ReportSpan span, List<OutlineSection> outline) {
        for (int i = outline.isEmpty() ? -1 : outline.get(0).line() - 1; i >= span.bodyStart(); i--) {
            if (!lines.isBlank(i)) {
                return lines.foldedTrimmed(i);
            }
        }
        return "";
    }

    /** A web page's metadata line under a title (索引号:…, 发布机构:…, 原文链接:…): no part of the opening. */
    private static final Pattern PAGE_LABEL = Pattern.compile("[\\u4e00-\\u9fff]{2,6}:");

    /** How many lines of text open a report. */
    private static final int OPENING_LINES = 3;
    /**
     * A PDF's hard line breaks put a year or a masked name on a line of its own ("2023" / "年以来,在" /
     * … / "XX" / "县林业局立足…"): such short pieces do not count as lines of the opening, up to this many pieces.
     */
    private static final int SHORT_PIECE = 8;
    private static final int OPENING_PIECES = 12;

    /**
     * The lines that open a report: those between its title and its outline (a line broken into short
     * pieces counting as one); when the outline
     * starts at once, the first plain line of its first section, under its first sub-heading if it
     * has one ("一、20xx年工作总结 / (一)… / 疫情发生以来,民政局…"): where such reports say who they are.
     */
    private static List<Integer> openingLines(TextLines lines, NumberedLine[] numbered, ReportSpan span,
                                              List<OutlineSection> outline) {
        List<Integer> opening = new ArrayList<>();
        int outlineStart = outline.isEmpty() ? span.end() + 1 : outline.get(0).line();
        int full = 0;
        for (int i = span.bodyStart(); i < outlineStart && full < OPENING_LINES && opening.size() < OPENING_PIECES; i++) {
            if (!lines.isBlank(i) && !PAGE_LABEL.matcher(lines.foldedTrimmed(i)).lookingAt()) {
                opening.add(i);
                full += lines.foldedTrimmed(i).length() >= SHORT_PIECE ? 1 : 0;
            }
        }
        if (opening.isEmpty() && !outline.isEmpty()) {
            // An outline that starts at once: the speaker line may sit under the first sub-heading.
            OutlineSection first = outline.get(0);
            for (int i = first.line() + 1; i <= first.endLine(); i++) {
                if (!lines.isBlank(i) && numbered[i] == null) {
                    opening.add(i);
                    break;
                }
            }
        }
        return opening;
    }

    /** The first plain line of the first section, before any sub-heading (总体情况's first words), or -1. */
    private static int firstSectionLine(TextLines lines, NumberedLine[] numbered, List<OutlineSection> outline) {
        if (outline.isEmpty()) {
            return -1;
        }
        OutlineSection first = outline.get(0);
        for (int i = first.line() + 1; i <= first.endLine() && numbered[i] == null; i++) {
            if (!lines.isBlank(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The preamble and the first plain line of the first section: where a report names its year. */
    private static List<String> withFirstSectionLine(List<String> preamble, TextLines lines, NumberedLine[] numbered,
                                                     List<OutlineSection> outline) {
        int firstPlain = firstSectionLine(lines, numbered, outline);
        if (firstPlain < 0) {
            return preamble;
        }
        List<String> opening = new ArrayList<>(preamble);
        opening.add(lines.foldedTrimmed(firstPlain));
        return opening;
    }

    /**
     * The first lines of a report's profile section (基本情况, 单位概况: a heading whose gist is OTHER
     * among its first two sections), where a report that calls itself 我院 says what it is.
     */
    private List<Integer> profileLines(TextLines lines, List<OutlineSection> outline) {
        for (int k = 0; k < Math.min(2, outline.size()); k++) {
            OutlineSection s = outline.get(k);
            if (HeadingCues.read(lines.folded(s.line()), s.phraseStart(), s.phraseEnd(), rules).strongest() != Role.OTHER) {
                continue;
            }
            List<Integer> profile = new ArrayList<>();
            for (int i = s.line(); i <= s.endLine() && profile.size() < 3; i++) {
                if (!lines.isBlank(i)) {
                    profile.add(i);
                }
            }
            return profile;
        }
        return List.of();
    }

    private static final int MIN_UNTITLED_SECTIONS = 2;

    /**
     * A text without a title line is a report only when its outline has several sections, a year is
     * named, and some heading is plainly a summary's, a problem list's or a plan's.
     */
    private static boolean looksLikeReport(List<OutlineSection> outline, ReportKind kind,
                                           List<RoleClassifier.Decision> decisions) {
        boolean headed = decisions.stream().anyMatch(d -> d.evidence().rule().equals("role.heading")
                && d.role() != Role.OTHER);
        return outline.size() >= MIN_UNTITLED_SECTIONS && !kind.years().isEmpty() && headed;
    }
}
