package dev.reportflow.classifier;

/** A department that a section concerns, and why. */
public record DepartmentMatch(String department, Evidence evidence) {
}
