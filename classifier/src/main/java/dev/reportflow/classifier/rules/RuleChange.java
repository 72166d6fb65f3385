package dev.reportflow.classifier.rules;

/** One rule added at runtime (from the routing.rules topic), layered over the bundled rules. */
public record RuleChange(String ruleId, RuleKind kind, String department, String term, double weight) {
}
