package dev.reportflow.bench.report;

import dev.reportflow.bench.BenchRun;
import dev.reportflow.bench.baseline.ProducerBaseline;
import dev.reportflow.bench.classifier.ClassifierJmh;
import dev.reportflow.bench.corpus.Corpus;
import dev.reportflow.bench.corpus.CorpusShape;
import dev.reportflow.bench.latency.LatencyRun;
import dev.reportflow.bench.pipeline.FloodRun;
import dev.reportflow.bench.pipeline.WarmUp;
import dev.reportflow.bench.profile.ProfileSummary;
import dev.reportflow.bench.recovery.InstancesRun;
import dev.reportflow.bench.recovery.RecoveryRun;
import dev.reportflow.bench.recovery.TakeoverRun;
import dev.reportflow.bench.replay.ReplayRun;
import java.util.List;
import java.util.Map;

/** Everything one run measured; written as JSON and printed as a table. */
public record BenchReport(String startedAt, double wallSeconds, Machine machine, double loadAverageAtStart, String cluster, Map<String, String> settings,
                          int offices, String corpusPieces, Corpus.Stats corpus, CorpusShape corpusShape, CorpusShape realShape,
                          ProducerBaseline.Result rawProducer,
                          List<ProducerBaseline.Result> producerSettings, FloodRun.Result passThrough,
                          WarmUp endToEndWarmUp, FloodRun.Result endToEnd, PipelineOutput endToEndOutput, LatencyRun.Result latency,
                          ClassifierJmh.Result classifier, ReplayRun.Result replay, BenchRun.EqualOutput equalOutput, ProfileSummary profile,
                          Resilience resilience, FixedRate fixedRate, List<Target> targets) {

    /** reportflow alone at a fixed rate after its warm-up, and the load average around it. */
    public record FixedRate(WarmUp warmUp, LatencyRun.Result run, double loadAverageBefore, double loadAverageAfter) {
    }

    /** Instances in JVMs of their own: restarts after SIGKILL, a full restore, two instances. */
    public record Resilience(List<RecoveryRun.Result> recoveries, List<TakeoverRun.Result> takeovers, InstancesRun.Result instances) {
    }

    /** What reportflow wrote for the measured corpus. */
    public record PipelineOutput(long classifiedReports, long rejected, long routedRecords, long routedBytes) {
    }

    /** The live pipeline's rate in reports (not submissions) per second, what replay compares with. */
    public static double liveReportsPerSecond(FloodRun.Result endToEnd, PipelineOutput output) {
        return output.classifiedReports() / endToEnd.endToEnd().seconds();
    }

    public static List<Target> targets(FloodRun.Result endToEnd, FloodRun.Result equalOutput, PipelineOutput output,
                                       LatencyRun.Result latency, ClassifierJmh.Result classifier, ReplayRun.Result replay) {
        List<Target> targets = new java.util.ArrayList<>(List.of(
                new Target("end to end / equal-output Streams", endToEnd.endToEnd().ratioTo(equalOutput.endToEnd()), ">=", 0.8, "×"),
                new Target("CPU per report, end to end", endToEnd.cpuMillisPerRecord(), "<=", 2.0, "ms"),
                new Target("p99 submit → routed (visible, read_committed) at half load", latency.visible().p99(), "<=", 150, "ms"),
                new Target("classifier per core", classifier.megabytesPerSecondPerCore(), ">=", 50, "MB/s"),
                new Target("replay / live pipeline", replay.reports().recordsPerSecond() / liveReportsPerSecond(endToEnd, output), ">=", 2, "×")));
        return targets;
    }

    /**
     * The recovery targets: the first SIGKILL scenario and the first full restore are reportflow's
     * own settings; the first takeover is a survivor holding a standby replica of the killed tasks.
     */
    public static List<Target> resilienceTargets(Resilience resilience) {
        List<Target> targets = new java.util.ArrayList<>();
        List<RecoveryRun.Result> kills = resilience.recoveries().stream().filter(r -> !r.fullRestore()).toList();
        List<RecoveryRun.Result> restores = resilience.recoveries().stream().filter(RecoveryRun.Result::fullRestore).toList();
        if (!kills.isEmpty()) {
            double fastestKill = kills.stream().mapToDouble(RecoveryRun.Result::toRoutedSeconds).filter(Double::isFinite).min().orElse(Double.NaN);
            targets.add(new Target("SIGKILL → routing visible again (reportflow's settings)", kills.get(0).toRoutedSeconds(), "<=", 10, "s"));
            targets.add(new Target("SIGKILL → routing visible again (best lever)", fastestKill, "<=", 10, "s"));
        }
        if (!restores.isEmpty()) {
            targets.add(new Target("full restore of the dedupe store → routing visible", restores.get(0).toRoutedSeconds(), "<=", 60, "s"));
        }
        if (!resilience.takeovers().isEmpty()) {
            TakeoverRun.Result standby = resilience.takeovers().get(0);
            // the taken-over partitions' sections are visible once the survivor committed them and the killed transaction is gone
            targets.add(new Target("SIGKILL of one of two → its partitions routed, visible (standby)",
                    Math.max(standby.toVisibleSeconds(), standby.toRoutedSeconds()), "<=", 10, "s"));
        }
        return targets;
    }
}
