package dev.reportflow.bench.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A pipeline's warm-up rounds, kept so that the table can say what a fresh JVM costs from its first
 * report (compiling included) beside what the same pipeline costs once warmed up: both are real
 * costs, and a run short enough to be still compiling would otherwise hide one in the other.
 * {@code seconds} is the warm-up's wall time, rounds and the generation of their reports alike;
 * {@code quiet} says whether it ended because the JIT was quiet rather than at its bound.
 */
public record WarmUp(List<FloodRun.Result> rounds, double seconds, boolean quiet) {

    public long reports() {
        return rounds.stream().mapToLong(round -> round.endToEnd().records()).sum();
    }

    /** CPU seconds of all the rounds, by kind of thread. */
    public Map<String, Double> cpuSeconds() {
        Map<String, Double> total = new HashMap<>();
        rounds.forEach(round -> round.cpuSeconds().forEach((group, seconds) -> total.merge(group, seconds, Double::sum)));
        return total;
    }

    /** CPU-ms per report over the rounds, in all ({@code group} null) or for one kind of thread. */
    public double cpuMillisPerReport(String group) {
        return millisPerReport(cpuSeconds(), reports(), group);
    }

    /** The same over the warm-up and {@code measured} together: what a fresh JVM spent on its first reports. */
    public double cpuMillisPerReportWith(FloodRun.Result measured, String group) {
        Map<String, Double> seconds = cpuSeconds();
        measured.cpuSeconds().forEach((g, s) -> seconds.merge(g, s, Double::sum));
        return millisPerReport(seconds, reports() + measured.endToEnd().records(), group);
    }

    private static double millisPerReport(Map<String, Double> seconds, long reports, String group) {
        double used = group == null ? seconds.values().stream().mapToDouble(Double::doubleValue).sum() : seconds.getOrDefault(group, 0.0);
        return 1000 * used / reports;
    }
}
