package dev.reportflow.classifier.rules;

import java.util.Optional;
import java.util.regex.Pattern;

/** One rule added at runtime (from the routing.rules topic), layered over the bundled rules. */
public record RuleChange(String ruleId, RuleKind kind, String department, String term, double weight) {

    /** A department code is also part of a topic name (routed.<code>), so it keeps to a topic's letters. */
    private static final Pattern DEPARTMENT_CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    static final int MAX_TERM_CHARS = 64;
    static final double MAX_WEIGHT = 10;

    /**
     * What is wrong with this rule, if anything. The rules topic can be written by any producer
     * with access, not only by {@code rules put}, so the streams app applies only rules that pass.
     */
    public Optional<String> problem() {
        if (ruleId == null || ruleId.isBlank()) {
            return Optional.of("no rule id");
        }
        if (department == null || !DEPARTMENT_CODE.matcher(department).matches()) {
            return Optional.of("department code '" + department + "' is not lower-case letters, digits and _ (at most 64)");
        }
        if (term == null || term.length() > MAX_TERM_CHARS || term.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("the term is missing, longer than " + MAX_TERM_CHARS + " characters or holds control characters");
        }
        if (kind != RuleKind.DEPARTMENT && term.isBlank()) {
            return Optional.of(kind + " needs a term");
        }
        if (!(weight > 0 && weight <= MAX_WEIGHT)) {
            return Optional.of("weight " + weight + " is not in (0, " + MAX_WEIGHT + "]");
        }
        return Optional.empty();
    }
}
