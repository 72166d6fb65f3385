package dev.reportflow.bench;

import dev.reportflow.bench.baseline.ProducerBaseline;
import dev.reportflow.bench.baseline.ProducerRuns;
import dev.reportflow.bench.classifier.ClassifierBenchmark;
import dev.reportflow.bench.classifier.ClassifierJmh;
import dev.reportflow.bench.corpus.Corpus;
import dev.reportflow.bench.corpus.CorpusShape;
import dev.reportflow.bench.corpus.ReportSource;
import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.bench.kafka.BenchSettings;
import dev.reportflow.bench.latency.LatencyRun;
import dev.reportflow.bench.latency.StreamsMetricsTimeline;
import dev.reportflow.bench.pipeline.EqualOutputPipeline;
import dev.reportflow.bench.pipeline.FloodRun;
import dev.reportflow.bench.pipeline.OutputTracker;
import dev.reportflow.bench.pipeline.PassThroughPipeline;
import dev.reportflow.bench.pipeline.RecordCounter;
import dev.reportflow.bench.pipeline.ReportflowPipeline;
import dev.reportflow.bench.pipeline.RoutedOutcomes;
import dev.reportflow.bench.pipeline.WarmUp;
import dev.reportflow.bench.pipeline.WarmUpBound;
import dev.reportflow.bench.profile.JfrProfile;
import dev.reportflow.bench.profile.ProfileSummary;
import dev.reportflow.bench.recovery.InstancesRun;
import dev.reportflow.bench.recovery.RecoveryRun;
import dev.reportflow.bench.recovery.TakeoverRun;
import dev.reportflow.bench.replay.ReplayRun;
import dev.reportflow.bench.report.BenchReport;
import dev.reportflow.bench.report.CpuByThread;
import dev.reportflow.bench.report.Machine;
import dev.reportflow.bench.report.Target;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One bench run, phase by phase: corpus, raw producer, pass-through Streams, reportflow end to
 * end, latency at half its rate, replay, then the classifier under JMH once the broker has gone
 * (so that no Kafka thread shares its core). Each pipeline gets a warm-up of its own before it is
 * timed, from reports no other phase submits.
 */
public final class BenchRun {

    private static final Duration PIPELINE_TIMEOUT = Duration.ofMinutes(5);
    /**
     * The equal-output baseline replays reportflow's records, held in memory (~11 KB per real-shape submission), for at
     * most this many of reportflow's warm-up rounds: a warm-up that ran to its bound of rounds would need a gigabyte.
     */
    private static final int EQUAL_OUTPUT_MAX_WARMUP_ROUNDS = 20;
    /** latency-metrics.csv's resolution: one commit interval. */
    private static final long METRICS_PERIOD_MILLIS = 100;

    private final BenchPlan plan;
    private final ReportSource generator;
    private final CorpusShape realShape;
    private final String piecesParam;
    private final PrintWriter progress;

    /**
     * {@code realShape} is the real reports', printed beside the corpus's own; {@code piecesParam}
     * names the pieces of the classifier's JMH corpus for its fork: "builtin" or a samples directory.
     */
    public BenchRun(BenchPlan plan, ReportSource reports, CorpusShape realShape, String piecesParam, PrintWriter progress) {
        this.plan = plan;
        this.generator = reports;
        this.realShape = realShape;
        this.piecesParam = piecesParam;
        this.progress = progress;
    }

    /** Kafka's measurements, taken while the cluster is up. */
    private record KafkaResults(String cluster, BenchSettings settings, ProducerBaseline.Result rawProducer,
                                List<ProducerBaseline.Result> producerSettings, FloodRun.Result passThrough,
                                WarmUp endToEndWarmUp, FloodRun.Result endToEnd, BenchReport.PipelineOutput output, ProfileSummary profile,
                                LatencyRun.Result latency, ReplayRun.Result replay, EqualOutput equalOutput) {
    }

    /** The equal-output baseline's run, and what it wrote per submission. */
    public record EqualOutput(FloodRun.Result run, long capturedRecords, long capturedBytes, long changelogBytes, int submissions) {
    }

    /** {@code settingsFor} turns the cluster (started here unless given) into the run's configurations. */
    public BenchReport run(String bootstrapServers, Function<BenchCluster, BenchSettings> settingsFor) throws Exception {
        long started = System.nanoTime();
        String startedAt = Instant.now().toString();
        double loadAtStart = Machine.loadAverageNow();
        step("generating %,d reports (warm-up rounds of %,d more are generated as they run) from %s", plan.reports(),
                plan.warmupReports(), generator.origin());
        Corpus corpus = Corpus.generate(generator, 0, plan.reports());
        CorpusShape corpusShape = CorpusShape.of(corpus);

        KafkaResults kafka = null;
        BenchReport.Resilience resilience = null;
        BenchReport.FixedRate fixedRate = null;
        String clusterName;
        BenchSettings settings;
        try (BenchCluster cluster = BenchCluster.open(bootstrapServers, Long.toHexString(System.currentTimeMillis()))) {
            clusterName = cluster.embedded() ? "embedded KRaft broker" : "cluster " + cluster.bootstrapServers();
            settings = settingsFor.apply(cluster);
            if (plan.throughput()) {
                kafka = measureOnKafka(cluster, settings, corpus);
            }
            if (plan.fixedRatePhase()) {
                fixedRate = measureFixedRate(cluster, settings);
            }
            if (plan.resilience()) {
                resilience = measureResilience(cluster, settings);
            }
        }
        ClassifierJmh.Result classifier = null;
        if (plan.throughput()) {
            step("classifier under JMH (its log: %s)", plan.out().resolve("jmh.log"));
            classifier = ClassifierJmh.run(piecesParam, plan.seed(), ClassifierBenchmark.DEFAULT_REPORTS, plan.quick(),
                    plan.out().resolve("jmh.log"));
        }
        return new BenchReport(startedAt, (System.nanoTime() - started) / 1e9, Machine.current(), loadAtStart, clusterName,
                settings.keySettings(), plan.offices(), generator.origin(), corpus.stats(), corpusShape, realShape,
                kafka == null ? null : kafka.rawProducer(), kafka == null ? List.of() : kafka.producerSettings(),
                kafka == null ? null : kafka.passThrough(), kafka == null ? null : kafka.endToEndWarmUp(), kafka == null ? null : kafka.endToEnd(),
                kafka == null ? null : kafka.output(), kafka == null ? null : kafka.latency(), classifier,
                kafka == null ? null : kafka.replay(), kafka == null ? null : kafka.equalOutput(), kafka == null ? null : kafka.profile(),
                resilience, fixedRate, targets(kafka, classifier, resilience));
    }

    private static List<Target> targets(KafkaResults kafka, ClassifierJmh.Result classifier, BenchReport.Resilience resilience) {
        List<Target> targets = new java.util.ArrayList<>();
        if (kafka != null) {
            targets.addAll(BenchReport.targets(kafka.endToEnd(), kafka.equalOutput().run(), kafka.output(), kafka.latency(),
                    classifier, kafka.replay()));
        }
        if (resilience != null) {
            targets.addAll(BenchReport.resilienceTargets(resilience));
        }
        return targets;
    }

    /**
     * reportflow alone, warmed up, then at the plan's fixed rate: CPU per report at a rate every
     * variant of code or settings gets alike, so that paired runs (A, B, A, B) compare them on a
     * machine too busy for throughput figures to mean anything.
     */
    private BenchReport.FixedRate measureFixedRate(BenchCluster cluster, BenchSettings settings) throws Exception {
        BenchSettings own = settings.withInfix("fixed.", Files.createTempDirectory("reportflow-bench-fixed-"));
        try (ReportflowPipeline reportflow = ReportflowPipeline.start(cluster, own)) {
            WarmUp warmUp = warmUp("reportflow (fixed-rate phase)", reports -> flood(cluster, reportflow.outputTopics(),
                    new RoutedOutcomes(reportflow.topics(), (id, routed, read) -> { }), own, null, reports));
            int count = Math.max(1, (int) (plan.fixedRate() * plan.latencySeconds()));
            double loadBefore = Machine.loadAverageNow();
            step("reportflow at a fixed %.0f reports/s for %d s (load average %.1f)", plan.fixedRate(), plan.latencySeconds(), loadBefore);
            LatencyRun.Result run;
            try (StreamsMetricsTimeline metrics = StreamsMetricsTimeline.start(reportflow::metrics, METRICS_PERIOD_MILLIS)) {
                run = LatencyRun.run(cluster.bootstrapServers(), reportflow, own.submitClient(null),
                        Corpus.generate(generator, plan.latencyReportsStart() + 500_000, count), plan.fixedRate(), plan.offices(),
                        PIPELINE_TIMEOUT, plan.out().resolve("fixed-rate.csv"));
                metrics.writeTo(plan.out().resolve("fixed-rate-metrics.csv"));
            }
            return new BenchReport.FixedRate(warmUp, run, loadBefore, Machine.loadAverageNow());
        }
    }

    /**
     * Instances in JVMs of their own: SIGKILL and restart with reportflow's settings and with
     * Kafka's levers, a full restore of the dedupe store, the takeover of a killed instance's tasks
     * by a second one (with and without a standby replica), and two instances sharing the partitions.
     */
    private BenchReport.Resilience measureResilience(BenchCluster cluster, BenchSettings settings) throws Exception {
        step("resilience: streams instances in JVMs of their own (logs: %s)", plan.out().resolve("recovery-*.log"));
        List<RecoveryRun.Result> results = new java.util.ArrayList<>();
        if (plan.recovery()) {
            RecoveryRun recovery = new RecoveryRun(cluster, settings, generator, plan.resilienceReportsStart(), plan.out(), progress);
            for (RecoveryRun.Scenario scenario : plan.killScenarios()) {
                String infix = "kill-" + (results.size() + 1) + ".";
                results.add(attempt(scenario.name(), () -> recovery.afterKill(scenario, infix), failed -> RecoveryRun.Result.failed(failed, false)));
            }
            for (RecoveryRun.Scenario scenario : plan.restores() ? RecoveryRun.RESTORE_SCENARIOS : List.<RecoveryRun.Scenario>of()) {
                String name = String.format(java.util.Locale.ROOT, "empty state dir (%,d remembered), %s",
                        plan.rememberedSubmissions(), scenario.name());
                String infix = "restore-" + (results.size() + 1) + ".";
                results.add(attempt(name, () -> recovery.fullRestore(name, scenario, infix, plan.rememberedSubmissions(), 0),
                        failed -> RecoveryRun.Result.failed(failed, true)));
            }
            // The correction window's A/B: the decisions of every submission remembered, against the newest quarter of them
            // (what P400D keeps of a deployment in its fourth year, once the sweep's tombstones are compacted away).
            int all = plan.restores() ? plan.rememberedDecisions() : 0;
            for (int decisions : all > 0 ? List.of(all, all / 4, all, all / 4) : List.<Integer>of()) {
                String name = String.format(java.util.Locale.ROOT, "empty state dir (%,d remembered), decisions of %,d (%s)",
                        plan.rememberedSubmissions(), decisions, decisions == all ? "no window" : "a window keeping a quarter");
                String infix = "restore-" + (results.size() + 1) + ".";
                results.add(attempt(name, () -> recovery.fullRestore(name, RecoveryRun.RESTORE_SCENARIOS.get(0), infix,
                        plan.rememberedSubmissions(), decisions), failed -> RecoveryRun.Result.failed(failed, true)));
            }
        }
        List<TakeoverRun.Result> takeovers = new java.util.ArrayList<>();
        if (plan.takeover()) {
            TakeoverRun takeover = new TakeoverRun(cluster, settings, generator, plan.resilienceReportsStart() + 250_000, plan.out(), progress);
            for (TakeoverRun.Scenario scenario : TakeoverRun.SCENARIOS) {
                String name = String.format(java.util.Locale.ROOT, "%s (%,d remembered)", scenario.name(), plan.rememberedSubmissions());
                String infix = "takeover-" + (takeovers.size() + 1) + ".";
                takeovers.add(attempt(name, () -> takeover.afterKill(name, scenario, infix, plan.rememberedSubmissions()),
                        TakeoverRun.Result::failed));
            }
        }
        if (!plan.instances()) {
            return new BenchReport.Resilience(results, takeovers, null);
        }
        step("resilience: two instances");
        int floodReports = Math.min(plan.reports(), 2000);
        int from = plan.resilienceReportsStart() + 500_000;
        InstancesRun.Result instances = new InstancesRun(cluster, settings, generator, plan.out(), progress).run(
                Corpus.generate(generator, from, plan.warmupReports()), Corpus.generate(generator, from + plan.warmupReports(), floodReports),
                from + 100_000, plan.offices());
        return new BenchReport.Resilience(results, takeovers, instances);
    }

    /** A scenario that cannot run here (a lever this cluster lacks) is reported as such, not as a crash of the bench. */
    private <T> T attempt(String name, java.util.concurrent.Callable<T> scenario, java.util.function.Function<String, T> failed) {
        try {
            return scenario.call();
        } catch (Exception e) {
            step("%s: failed (%s)", name, e.getMessage());
            return failed.apply(name + " — failed: " + e.getMessage());
        }
    }

    private KafkaResults measureOnKafka(BenchCluster cluster, BenchSettings settings, Corpus corpus) throws Exception {
        String clusterName = cluster.embedded() ? "embedded KRaft broker" : "cluster " + cluster.bootstrapServers();
        ProducerRuns producers = new ProducerRuns(cluster, settings, corpus);
        step("raw producer baseline");
        ProducerBaseline.Result rawProducer = producers.clientSettings(plan.warmupReports());
        List<ProducerBaseline.Result> alternatives = List.of();
        if (!plan.quick()) {
            step("raw producer with other batching and compression settings");
            alternatives = producers.alternatives(plan.producerSettingsSample());
        }
        producers.release();

        step("pass-through Streams baseline");
        FloodRun.Result passThrough;
        try (PassThroughPipeline baseline = PassThroughPipeline.start(cluster, settings)) {
            warmUp("pass-through", reports -> flood(cluster, List.of(baseline.output()), new RecordCounter(), settings,
                    baseline.input(), reports), plan.baselineWarmUpBound());
            passThrough = flood(cluster, List.of(baseline.output()), new RecordCounter(), settings, baseline.input(), corpus);
        }

        step("reportflow streams app");
        ReportflowRuns reportflowRuns;
        try (ReportflowPipeline reportflow = ReportflowPipeline.start(cluster, settings)) {
            reportflowRuns = measureReportflow(cluster, settings, corpus, reportflow);
        }
        EqualOutput equalOutput = measureEqualOutput(cluster, settings, corpus, reportflowRuns.outputTopics(),
                Math.min(reportflowRuns.warmUp().rounds().size(), EQUAL_OUTPUT_MAX_WARMUP_ROUNDS));
        return new KafkaResults(clusterName, settings, rawProducer, alternatives, passThrough, reportflowRuns.warmUp(), reportflowRuns.endToEnd(),
                reportflowRuns.output(), reportflowRuns.profile(), reportflowRuns.latency(), reportflowRuns.replay(), equalOutput);
    }

    private record ReportflowRuns(WarmUp warmUp, FloodRun.Result endToEnd, BenchReport.PipelineOutput output,
                                  ProfileSummary profile, LatencyRun.Result latency, ReplayRun.Result replay,
                                  List<String> outputTopics) {
    }

    private ReportflowRuns measureReportflow(BenchCluster cluster, BenchSettings settings, Corpus corpus,
                                             ReportflowPipeline reportflow) throws Exception {
        WarmUp warmUp = warmUp("reportflow", reports -> flood(cluster, reportflow.outputTopics(),
                new RoutedOutcomes(reportflow.topics(), (id, routed, read) -> { }), settings, null, reports));
        step("reportflow end to end%s", plan.profile() ? " (recording JFR)" : "");
        RoutedOutcomes outcomes = new RoutedOutcomes(reportflow.topics(), (id, routed, read) -> { });
        JfrProfile recording = plan.profile() ? JfrProfile.start(plan.out().resolve("e2e.jfr")) : null;
        FloodRun.Result endToEnd = flood(cluster, reportflow.outputTopics(), outcomes, settings, null, corpus);
        ProfileSummary profile = null;
        if (recording != null) {
            try (recording) {
                profile = ProfileSummary.of(recording.stop());
            }
        }
        BenchReport.PipelineOutput output = new BenchReport.PipelineOutput(outcomes.classifiedReports(), outcomes.rejected(),
                outcomes.routedRecords(), outcomes.routedBytes());

        double rate = endToEnd.endToEnd().recordsPerSecond() / 2;
        int count = Math.max(1, (int) (rate * plan.latencySeconds()));
        step("latency at %.0f reports/s (half the maximum) for %d s%s", rate, plan.latencySeconds(),
                plan.profile() ? " (recording JFR)" : "");
        Corpus latencyCorpus = Corpus.generate(generator, plan.latencyReportsStart(), count);
        LatencyRun.Result latency;
        // a stall shows in latency.csv; the recording says what the threads did at that moment
        try (JfrProfile latencyRecording = plan.profile() ? JfrProfile.start(plan.out().resolve("latency.jfr")) : null;
             StreamsMetricsTimeline metrics = StreamsMetricsTimeline.start(reportflow::metrics, METRICS_PERIOD_MILLIS)) {
            latency = LatencyRun.run(cluster.bootstrapServers(), reportflow, settings.submitClient(null),
                    latencyCorpus, rate, plan.offices(), PIPELINE_TIMEOUT, plan.out().resolve("latency.csv"));
            metrics.writeTo(plan.out().resolve("latency-metrics.csv"));
            if (latencyRecording != null) {
                latencyRecording.stop();
            }
        }

        step("replay of %s from the beginning", reportflow.topics().submitted());
        ReplayRun.Result replay = ReplayRun.run(cluster.bootstrapServers(), settings.reportflowStreams());
        return new ReportflowRuns(warmUp, endToEnd, output, profile, latency, replay, reportflow.outputTopics());
    }

    /**
     * The equal-output baseline, once reportflow has stopped: what reportflow wrote for the measured
     * corpus and its warm-up reports is read back from its topics, and the baseline app writes it
     * again for the same submissions, fed and timed as reportflow was, with at most as many warm-up rounds.
     */
    private EqualOutput measureEqualOutput(BenchCluster cluster, BenchSettings settings, Corpus corpus,
                                           List<String> reportflowOutputs, int warmupRounds) throws Exception {
        step("equal-output Streams baseline: reading back what reportflow wrote");
        Set<String> wanted = new HashSet<>();
        corpus.reports().forEach(r -> wanted.add(r.fileName()));
        for (int i = 1; i <= warmupRounds; i++) {
            warmupReports(i).reports().forEach(r -> wanted.add(r.fileName()));
        }
        try (EqualOutputPipeline baseline = EqualOutputPipeline.start(cluster, settings, reportflowOutputs, wanted)) {
            Set<String> captured = baseline.captured().fileNames();
            step("equal-output baseline: %,d records, %.1f MB captured for %,d submissions (%.1f MB of it to state store changelogs)",
                    baseline.captured().records(), baseline.captured().bytes() / 1e6, captured.size(),
                    baseline.captured().changelogBytes() / 1e6);
            warmUp("equal-output", reports -> flood(cluster, baseline.outputTopics(),
                    new RoutedOutcomes(baseline.topics(), (id, routed, read) -> { }), settings, baseline.input(),
                    onlyCaptured(reports, captured)), plan.baselineWarmUpBound().atMostRounds(warmupRounds));
            Corpus measured = onlyCaptured(corpus, captured);
            FloodRun.Result run = flood(cluster, baseline.outputTopics(), new RoutedOutcomes(baseline.topics(), (id, routed, read) -> { }),
                    settings, baseline.input(), measured);
            return new EqualOutput(run, baseline.captured().records(), baseline.captured().bytes(),
                    baseline.captured().changelogBytes(), captured.size());
        }
    }

    private static Corpus onlyCaptured(Corpus corpus, Set<String> captured) {
        return new Corpus(corpus.reports().stream().filter(r -> captured.contains(r.fileName())).toList());
    }

    private Corpus warmupReports(int round) {
        return Corpus.generate(generator, plan.reports() + (round - 1) * plan.warmupReports(), plan.warmupReports());
    }

    /** One round of warm-up: a flood of the given reports. */
    private interface WarmupRound {
        FloodRun.Result run(Corpus reports) throws Exception;
    }

    /**
     * Floods the pipeline with rounds of warm-up reports until the JIT compilers are quiet (under
     * {@link BenchPlan#QUIET_JIT_SHARE} of a round's CPU), within the plan's bound: a fresh JVM
     * running broker, app and clients on 2 cores was still compiling with a third of its CPU after
     * 4 rounds, which the measured phases then counted as the pipeline's cost (docs/benchmarks.md,
     * "Session 9"). Each round prints its JIT share, and the warm-up its rounds and seconds.
     */
    private WarmUp warmUp(String pipeline, WarmupRound round) throws Exception {
        return warmUp(pipeline, round, plan.warmUpBound());
    }

    private WarmUp warmUp(String pipeline, WarmupRound round, WarmUpBound bound) throws Exception {
        List<FloodRun.Result> rounds = new java.util.ArrayList<>();
        long started = System.nanoTime();
        WarmUpBound.Stop stop = null;
        while (stop == null) {
            // each round its own reports, which no measured phase submits
            FloodRun.Result result = round.run(warmupReports(rounds.size() + 1));
            rounds.add(result);
            step("%s warm-up round %d: %,d reports, %.0f/s, %.2f CPU-ms per report, of which JIT compilers %.0f%%, stream threads %.3f "
                            + "(allocating %.0f KB per report)",
                    pipeline, rounds.size(), result.endToEnd().records(), result.endToEnd().recordsPerSecond(), result.cpuMillisPerRecord(),
                    100 * result.jitShare(), result.cpuMillisPerRecord(CpuByThread.STREAM_THREADS), result.streamThreadsKilobytesPerRecord());
            stop = bound.after(result, rounds.size(), (System.nanoTime() - started) / 1e9);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        step("%s warm-up: %d rounds, %,.0f s, %s", pipeline, rounds.size(), seconds, switch (stop) {
            case QUIET -> String.format(java.util.Locale.ROOT, "the JIT quiet (under %.0f%% of the last round's CPU)", 100 * bound.quietJitShare());
            case ROUNDS -> "at its bound of rounds, the JIT still compiling";
            case SECONDS -> String.format(java.util.Locale.ROOT, "at its bound of %.0f s, the JIT still compiling", bound.maxSeconds());
        });
        return new WarmUp(rounds, seconds, stop == WarmUpBound.Stop.QUIET);
    }

    private FloodRun.Result flood(BenchCluster cluster, List<String> outputs, OutputTracker tracker,
                                  BenchSettings settings, String inputTopic, Corpus reports) throws Exception {
        return FloodRun.run(cluster.bootstrapServers(), outputs, tracker, settings.submitClient(inputTopic), reports,
                plan.offices(), PIPELINE_TIMEOUT);
    }

    private void step(String format, Object... args) {
        progress.printf("bench: " + format + "%n", args);
        progress.flush();
    }
}
