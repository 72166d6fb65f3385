package dev.reportflow.classifier.report;

import dev.reportflow.classifier.outline.OutlineSection;
import dev.reportflow.classifier.rules.ContentTerm;
import dev.reportflow.classifier.rules.DepartmentWeight;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.section.DepartmentScorer;
import dev.reportflow.classifier.section.TopicTally;
import dev.reportflow.classifier.split.ReportSpan;
import dev.reportflow.classifier.text.TextLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a report's words once, line by line, with one lexicon: topic words go to the routed unit,
 * the section and the report they stand in (three times over in a heading), tense words to the
 * unit and section, self-references and city hints to the report.
 */
public final class ContentReader {

    private final Rules rules;

    public ContentReader(Rules rules) {
        this.rules = rules;
    }

    /** The tallies of one report: the whole, each top-level section, each second-level section. */
    public record Tallies(ReportTally report, List<TopicTally> sections, List<List<TopicTally>> units) {

        public TopicTally section(int k) {
            return sections.get(k);
        }

        public TopicTally unit(int k, int u) {
            return units.get(k).get(u);
        }
    }

    public Tallies read(TextLines lines, ReportSpan span, List<OutlineSection> outline) {
        ReportTally report = new ReportTally();
        List<TopicTally> sections = new ArrayList<>();
        List<List<TopicTally>> units = new ArrayList<>();
        for (OutlineSection s : outline) {
            sections.add(new TopicTally());
            List<TopicTally> children = new ArrayList<>();
            s.children().forEach(c -> children.add(new TopicTally()));
            units.add(children);
        }
        int k = -1;
        int u = -1;
        for (int i = span.start(); i <= span.end(); i++) {
            while (k + 1 < outline.size() && outline.get(k + 1).line() <= i) {
                k++;
                u = -1;
            }
            OutlineSection section = k >= 0 ? outline.get(k) : null;
            while (section != null && u + 1 < section.children().size() && section.children().get(u + 1).line() <= i) {
                u++;
            }
            int phraseStart = -1;
            int phraseEnd = -1;
            if (section != null && section.line() == i) {
                phraseStart = section.phraseStart();
                phraseEnd = section.phraseEnd();
            } else if (u >= 0 && section.children().get(u).line() == i) {
                phraseStart = section.children().get(u).phraseStart();
                phraseEnd = section.children().get(u).phraseEnd();
            }
            TopicTally sectionTally = k >= 0 ? sections.get(k) : null;
            TopicTally unitTally = u >= 0 ? units.get(k).get(u) : null;
            readLine(lines.folded(i), phraseStart, phraseEnd, report, sectionTally, unitTally);
        }
        return new Tallies(report, sections, units);
    }

    /** The topic words of a section's heading phrase alone, each counted as a heading word. */
    public TopicTally heading(TextLines lines, OutlineSection s) {
        TopicTally heading = new TopicTally();
        rules.content().scan(lines.folded(s.line()), s.phraseStart(), s.phraseEnd(), (ContentTerm term, String text, int b, int e) -> {
            for (DepartmentWeight w : term.departments()) {
                heading.add(w, text, DepartmentScorer.HEADING_FACTOR, true);
            }
        });
        return heading;
    }

    /** Words before an area that rank something within it (位列全区第1, 居全市前列). */
    private static final List<String> RANKED_IN = List.of("位列", "位居", "名列", "排名", "居", "列");
    private static final String NUMERALS = "0123456789一二三四五六七八九十";

    /**
     * Whether the area word at {@code s..e} (全区) is the field a ranking is made in: a ranking verb
     * before it, or a place number right after it (全区第2。, 全区第1名) but not an ordinal of a thing
     * (全县第一个, 全市第一家).
     */
    static boolean isRanking(String line, int s, int e) {
        for (String verb : RANKED_IN) {
            if (line.startsWith(verb, s - verb.length())) {
                return true;
            }
        }
        if (e >= line.length() || line.charAt(e) != '第') {
            return false;
        }
        int i = e + 1;
        while (i < line.length() && NUMERALS.indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        if (i == e + 1) {
            return false;
        }
        return i == line.length() || !Character.isIdeographic(line.charAt(i)) || line.charAt(i) == '名' || line.charAt(i) == '位';
    }

    private void readLine(String line, int phraseStart, int phraseEnd, ReportTally report, TopicTally section,
                          TopicTally unit) {
        rules.content().scan(line, 0, line.length(), (ContentTerm term, String text, int s, int e) -> {
            boolean heading = s >= phraseStart && e <= phraseEnd;
            double factor = heading ? DepartmentScorer.HEADING_FACTOR : 1;
            List<DepartmentWeight> departments = term.departments();
            for (int d = 0; d < departments.size(); d++) { // indexed: no iterator per word
                DepartmentWeight w = departments.get(d);
                report.topics().add(w, text, 1, false);
                if (section != null) {
                    section.add(w, text, factor, heading);
                }
                if (unit != null) {
                    unit.add(w, text, factor, heading);
                }
            }
            if (term.level() != null) {
                // "增速位列全区第1": a unit ranked within the 区 speaks of the area above it, not of its own
                report.addLevel(term.level(), isRanking(line, s, e) ? 1 : term.levelWeight());
            }
            if (term.tense() != 0) {
                if (section != null) {
                    section.addTense(term.tense());
                }
                if (unit != null) {
                    unit.addTense(term.tense());
                }
            }
            report.addCityHint(term.cityHint());
        });
    }
}
