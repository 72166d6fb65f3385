package dev.reportflow.classifier;

import java.util.List;

/**
 * A piece of a report that goes to departments' topics: a second-level section, or a top-level one
 * without children. {@code path} is "2" or "2.3" (1-based positions); {@code departments} is never
 * empty: it holds the section's own departments, the issuer's department as a fallback, or
 * {@link Issuer#UNASSIGNED}.
 */
public record RoutedUnit(String path, Section topLevel, int line, int endLine, String heading,
                         List<DepartmentMatch> departments) {

    public Role role() {
        return topLevel.role();
    }
}
