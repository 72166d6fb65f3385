package dev.reportflow.classifier.rules;

/** A topic term's pull towards one department. */
public record DepartmentWeight(String department, double weight) {
}
