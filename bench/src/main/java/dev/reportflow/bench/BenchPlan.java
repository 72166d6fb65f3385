package dev.reportflow.bench;

import dev.reportflow.bench.pipeline.WarmUpBound;
import dev.reportflow.bench.recovery.RecoveryRun;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run does. Report ranges never overlap: the measured corpus, then warm-up reports (up to
 * {@link #MAX_WARMUP_ROUNDS} rounds of {@code warmupReports}), then the latency phase's, so no
 * submission is ever a duplicate of an earlier one. A pipeline's warm-up runs until the JIT is
 * quiet, for at most {@code warmupSeconds}.
 */
public record BenchPlan(int reports, int warmupReports, double warmupSeconds, int latencySeconds, int offices, long seed, boolean quick,
                        boolean profile, Path out, boolean throughput, boolean recovery, boolean takeover, boolean instances,
                        int rememberedSubmissions, int rememberedDecisions, List<RecoveryRun.Scenario> killScenarios,
                        boolean restores, double fixedRate) {

    /**
     * A pipeline is warmed up with rounds of reports until the JIT is quiet, or this many rounds (or
     * {@code warmupSeconds}): a bound that only a machine far quicker than the ones measured reaches
     * before the seconds, there so that report ranges can be laid out in advance.
     */
    public static final int MAX_WARMUP_ROUNDS = 100;
    /** Quiet: the JIT compilers used less than this share of the round's CPU. */
    public static final double QUIET_JIT_SHARE = 0.10;

    /** reportflow's warm-up: the measured subject, given the plan's whole bound. */
    public WarmUpBound warmUpBound() {
        return new WarmUpBound(QUIET_JIT_SHARE, MAX_WARMUP_ROUNDS, warmupSeconds);
    }

    /**
     * The baselines' warm-up: a third of the bound. Their pipelines use a fifth of reportflow's CPU
     * per report, so the same compiling is a far larger share of it and keeps them "not quiet" long
     * after their own code is compiled; a whole bound each would triple the run for them.
     */
    public WarmUpBound baselineWarmUpBound() {
        return new WarmUpBound(QUIET_JIT_SHARE, MAX_WARMUP_ROUNDS, warmupSeconds / 3);
    }

    /** Where the latency phase's reports start. */
    public int latencyReportsStart() {
        return reports + MAX_WARMUP_ROUNDS * warmupReports;
    }

    /** The fixed-rate phase runs when it was given a rate. */
    public boolean fixedRatePhase() {
        return fixedRate > 0;
    }

    public boolean resilience() {
        return recovery || takeover || instances;
    }

    /** Where the resilience phases' reports start: after any latency phase's. */
    public int resilienceReportsStart() {
        return latencyReportsStart() + 1_000_000;
    }

    /** Producer settings are compared on this many records of the corpus. */
    public int producerSettingsSample() {
        return Math.min(reports, 3000);
    }
}
