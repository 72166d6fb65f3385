package dev.reportflow.classifier;

import java.util.List;

/**
 * A top-level section with its role and the sections one level down. Lines are 1-based in the
 * classified text; endLine is inclusive.
 */
public record Section(int line, int endLine, String heading, Role role, Evidence roleEvidence,
                      List<DepartmentMatch> departments, List<Subsection> subsections) {

    public Section {
        departments = List.copyOf(departments);
        subsections = List.copyOf(subsections);
    }
}
