package dev.reportflow.classifier.rules;

/**
 * A department code as the rules know it. {@code bodyName} is how its issuing body is usually
 * named (the first alias, e.g. 财政局), used when a report speaks of "财政部门" or names only a topic.
 */
public record DepartmentInfo(String code, String nameZh, boolean topicOnly, String bodyName) {
}
