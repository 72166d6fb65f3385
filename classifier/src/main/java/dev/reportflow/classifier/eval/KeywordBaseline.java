package dev.reportflow.classifier.eval;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Confidence;
import dev.reportflow.classifier.DepartmentMatch;
import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Issuer;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.Section;
import dev.reportflow.classifier.Subsection;
import dev.reportflow.classifier.issuer.AdminLevel;
import dev.reportflow.classifier.rules.Rules;
import dev.reportflow.classifier.text.TextLines;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A naive keyword classifier, scored beside the real one on the same files so that the classifier's
 * figures have a floor to be read against (an outside review found 0.7.0 below such a baseline on
 * issuer department). Every text is one report; its department is that of the first issuing-body
 * alias in its first lines (the government's for a grass-roots unit or a 政府工作报告), its level that
 * of the last administrative unit there; its sections are the lines that start 一、二、…, read as a
 * review unless they name problems or plans, and the lines under one that start (一)(二)… its
 * second level. A section or second-level section goes to the department of the first topic word in
 * its heading (up to the first 。), else to the issuer's. It names no issuer and rejects nothing.
 */
public final class KeywordBaseline implements Function<String, Classification> {

    public static final String VERSION = "keyword-baseline";
    private static final int HEAD = 5;
    private static final String CHINESE_NUMERALS = "一二三四五六七八九十";

    private final Rules rules;

    public KeywordBaseline(Rules rules) {
        this.rules = rules;
    }

    @Override
    public Classification apply(String text) {
        TextLines lines = TextLines.of(text);
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.isBlank(i)) {
                content.add(i);
            }
        }
        if (content.isEmpty()) {
            return new Classification(List.of(), lines.physicalLines(), VERSION, rules.version(),
                    Evidence.of("baseline.empty", 1, "no text"));
        }
        String head = String.join("\n", content.subList(0, Math.min(HEAD, content.size())).stream()
                .map(lines::folded).toList());
        String[] department = {null};
        rules.issuerAliases().scan(head, 0, head.length(), (code, term, s, e) -> {
            if (department[0] == null && rules.department(code) != null) {
                department[0] = code;
            }
        });
        String[] level = {AdminLevel.UNKNOWN};
        rules.adminUnits().scan(head, 0, head.length(), (unitLevel, term, s, e) -> level[0] = unitLevel);
        if (AdminLevel.isGrassRoots(level[0]) || head.contains("政府工作报告")) {
            department[0] = "general_government";
        }
        Issuer issuer = new Issuer("", level[0], department[0] == null ? Issuer.UNASSIGNED : department[0],
                Evidence.of("baseline.keyword", 1, "first alias in the first lines"));
        List<Section> sections = new ArrayList<>();
        List<Subsection> children = new ArrayList<>();
        for (int i : content) {
            String line = lines.foldedTrimmed(i);
            if (line.length() > 1 && CHINESE_NUMERALS.indexOf(line.charAt(0)) >= 0 && line.indexOf('、') > 0
                    && line.indexOf('、') <= 2) {
                closeSection(sections, children);
                Role role = line.contains("问题") || line.contains("不足") ? Role.PROBLEMS
                        : line.contains("计划") || line.contains("打算") || line.contains("安排") || line.contains("思路")
                        ? Role.PLAN : Role.REVIEW;
                sections.add(new Section(i + 1, i + 1, lines.original(i).strip(), role, Evidence.of("baseline.role", 1, ""),
                        departments(line, issuer), List.of()));
            } else if (!sections.isEmpty() && line.length() > 3 && line.charAt(0) == '('
                    && CHINESE_NUMERALS.indexOf(line.charAt(1)) >= 0 && line.indexOf(')') > 1 && line.indexOf(')') <= 3) {
                children.add(new Subsection(i + 1, i + 1, lines.original(i).strip(), departments(line, issuer)));
            }
        }
        closeSection(sections, children);
        int first = content.get(0);
        int last = content.get(content.size() - 1);
        Report report = new Report(first + 1, last + 1, lines.original(first).strip(), issuer, "summary", List.of(),
                sections, null, Evidence.of("confidence", Confidence.DEFAULT_THRESHOLD, "a baseline routes everything"));
        return new Classification(List.of(report), lines.physicalLines(), VERSION, rules.version(), null);
    }

    /** Gives the last section the second-level sections read under it. */
    private static void closeSection(List<Section> sections, List<Subsection> children) {
        if (!sections.isEmpty() && !children.isEmpty()) {
            Section last = sections.remove(sections.size() - 1);
            sections.add(new Section(last.line(), last.endLine(), last.heading(), last.role(), last.roleEvidence(),
                    last.departments(), children));
        }
        children.clear();
    }

    /** The department of the first topic word in the heading (the line up to its first 。), else the issuer's. */
    private List<DepartmentMatch> departments(String foldedLine, Issuer issuer) {
        int end = foldedLine.indexOf('。');
        String heading = end < 0 ? foldedLine : foldedLine.substring(0, end);
        String[] first = {null};
        rules.content().scan(heading, 0, heading.length(), (term, text, s, e) -> {
            if (first[0] == null && !term.departments().isEmpty()) {
                first[0] = term.departments().get(0).department();
            }
        });
        return List.of(new DepartmentMatch(first[0] != null ? first[0] : issuer.department(),
                Evidence.of("baseline.department", 1, first[0] != null ? "first topic word of the heading" : "the issuer's")));
    }
}
