package dev.reportflow.classifier.rules;

/** What a runtime rule adds. */
public enum RuleKind {
    /** The term names an issuing body of the department (e.g. an alias such as 资规局). */
    ISSUER_ALIAS,
    /** The term makes a section concern the department. */
    SECTION_KEYWORD,
    /** Declares a department code (with its Chinese name in {@code term}). */
    DEPARTMENT
}
