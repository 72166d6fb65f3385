package dev.reportflow.bench.report;

/** One of the targets, and whether this run met it. */
public record Target(String name, double measured, String comparison, double goal, String unit) {

    public boolean met() {
        return comparison.equals("<=") ? measured <= goal : measured >= goal;
    }
}
