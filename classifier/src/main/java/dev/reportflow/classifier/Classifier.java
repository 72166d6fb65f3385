package dev.reportflow.classifier;

import dev.reportflow.classifier.rules.Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies a decoded text: splits it into reports, parses each outline, recognises the issuer
 * and each section's role and departments. Thread-safe and free of Kafka.
 *
 * <p>PLACEHOLDER pipeline of the walking skeleton: one report per text, top-level 一、 headings.
 */
public final class Classifier {

    public static final String VERSION = "0.1.0";
    private static final Pattern TOP_HEADING = Pattern.compile("^\\s*([一二三四五六七八九十]+)、(.*)$");

    private final Rules rules;

    public Classifier(Rules rules) {
        this.rules = rules;
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

    public Classification classify(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<Integer> headings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = TOP_HEADING.matcher(lines.get(i));
            if (m.matches()) {
                headings.add(i + 1);
            }
        }
        List<Report> reports = new ArrayList<>();
        if (!headings.isEmpty()) {
            Issuer issuer = new Issuer("", "unknown", Issuer.UNASSIGNED, Evidence.of("issuer.none", 0, "no issuer found"));
            List<Section> sections = new ArrayList<>();
            for (int h = 0; h < headings.size(); h++) {
                int line = headings.get(h);
                int end = h + 1 < headings.size() ? headings.get(h + 1) - 1 : lines.size();
                sections.add(new Section(line, end, lines.get(line - 1).trim(), Role.OTHER,
                        Evidence.of("role.none", 0, ""), List.of(new DepartmentMatch(Issuer.UNASSIGNED,
                        Evidence.of("department.unassigned", 0, ""))), List.of()));
            }
            reports.add(new Report(1, lines.size(), lines.get(0).trim(), issuer, "summary", List.of(), sections));
        }
        return new Classification(reports, lines, VERSION, rules.version());
    }
}
