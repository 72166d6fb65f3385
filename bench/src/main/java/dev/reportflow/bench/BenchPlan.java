package dev.reportflow.bench;

import java.nio.file.Path;

/**
 * What a run does. Report ranges never overlap: the measured corpus, then warm-up reports, then
 * the latency phase's, so no submission is ever a duplicate of an earlier one.
 */
public record BenchPlan(int reports, int warmupReports, int latencySeconds, int offices, long seed, boolean quick,
                        boolean profile, Path out) {

    /** Producer settings are compared on this many records of the corpus. */
    public int producerSettingsSample() {
        return Math.min(reports, 3000);
    }
}
