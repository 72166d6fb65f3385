package dev.reportflow.classifier.issuer;

/**
 * A body named in a report: the name as written (from its place prefix to the end of its alias),
 * the department its alias belongs to ({@code Rules.FROM_CONTENT} or null when unknown), and the
 * alias itself, which starts at {@code aliasStart} in the name.
 */
public record BodyMention(String name, String department, String alias, int aliasStart) {

    /** "财政部门", "卫生健康部门": the report speaks of its department's kind, not its name. */
    public boolean isGenericReference() {
        return alias.endsWith("部门");
    }
}
