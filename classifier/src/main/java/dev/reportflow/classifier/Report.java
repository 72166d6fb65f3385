package dev.reportflow.classifier;

import java.util.ArrayList;
import java.util.List;

/**
 * One report found in a text: where it is, who issued it, what it is and its outline. A report
 * without an outline (a short report, or the opening of one) has no sections and its {@code body}:
 * its whole text as one section, so that it is routed all the same. {@code confidence} says how
 * sure the classifier is of the report as a whole (see {@link Confidence}); below the routing
 * threshold a person triages it.
 */
public record Report(int startLine, int endLine, String title, Issuer issuer, String kind, List<Integer> years,
                     List<Section> sections, Section body, Evidence confidence) {

    public Report {
        years = List.copyOf(years);
        sections = List.copyOf(sections);
    }

    /**
     * The units that are routed: each second-level section, or the top-level section itself when it
     * has none, or the body of a report without an outline. Each carries its top-level section's role.
     */
    public List<RoutedUnit> routedUnits() {
        if (sections.isEmpty() && body != null) {
            return List.of(new RoutedUnit("0", body, body.line(), body.endLine(), body.heading(), body.departments()));
        }
        List<RoutedUnit> units = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            if (section.subsections().isEmpty()) {
                units.add(new RoutedUnit(String.valueOf(s + 1), section, section.line(), section.endLine(),
                        section.heading(), section.departments()));
                continue;
            }
            for (int u = 0; u < section.subsections().size(); u++) {
                Subsection sub = section.subsections().get(u);
                units.add(new RoutedUnit((s + 1) + "." + (u + 1), section, sub.line(), sub.endLine(),
                        sub.heading(), sub.departments()));
            }
        }
        return units;
    }
}
