package dev.reportflow.classifier;

/**
 * The body that issued a report. {@code department} is a department code, or
 * {@link #UNASSIGNED} when no issuer is convincing.
 */
public record Issuer(String name, String level, String department, Evidence evidence) {

    public static final String UNASSIGNED = "unassigned";

    public boolean isAssigned() {
        return !UNASSIGNED.equals(department);
    }
}
