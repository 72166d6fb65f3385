package dev.reportflow.classifier.eval;

import dev.reportflow.classifier.Classification;
import dev.reportflow.classifier.Confidence;
import dev.reportflow.classifier.Evidence;
import dev.reportflow.classifier.Issuer;
import dev.reportflow.classifier.Report;
import dev.reportflow.classifier.Role;
import dev.reportflow.classifier.Section;
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
 * review unless they name problems or plans. It names no issuer and rejects nothing.
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
        for (int i : content) {
            String line = lines.foldedTrimmed(i);
            if (line.length() > 1 && CHINESE_NUMERALS.indexOf(line.charAt(0)) >= 0 && line.indexOf('、') > 0
                    && line.indexOf('、') <= 2) {
                Role role = line.contains("问题") || line.contains("不足") ? Role.PROBLEMS
                        : line.contains("计划") || line.contains("打算") || line.contains("安排") || line.contains("思路")
                        ? Role.PLAN : Role.REVIEW;
                sections.add(new Section(i + 1, i + 1, lines.original(i).strip(), role, Evidence.of("baseline.role", 1, ""),
                        List.of(), List.of()));
            }
        }
        int first = content.get(0);
        int last = content.get(content.size() - 1);
        Report report = new Report(first + 1, last + 1, lines.original(first).strip(), issuer, "summary", List.of(),
                sections, null, Evidence.of("confidence", Confidence.DEFAULT_THRESHOLD, "a baseline routes everything"));
        return new Classification(List.of(report), lines.physicalLines(), VERSION, rules.version(), null);
    }
}
