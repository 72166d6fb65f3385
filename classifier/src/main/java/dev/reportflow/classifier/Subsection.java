package dev.reportflow.classifier;

import java.util.List;

/** A second-level section. Lines are 1-based in the classified text; endLine is inclusive. */
public record Subsection(int line, int endLine, String heading, List<DepartmentMatch> departments) {

    public Subsection {
        departments = List.copyOf(departments);
    }
}
