package dev.reportflow.bench;

import dev.reportflow.bench.baseline.ProducerBaseline;
import dev.reportflow.bench.baseline.ProducerRuns;
import dev.reportflow.bench.classifier.ClassifierBenchmark;
import dev.reportflow.bench.classifier.ClassifierJmh;
import dev.reportflow.bench.corpus.Corpus;
import dev.reportflow.bench.corpus.CorpusGenerator;
import dev.reportflow.bench.corpus.CorpusPieces;
import dev.reportflow.bench.corpus.Issuers;
import dev.reportflow.bench.kafka.BenchCluster;
import dev.reportflow.bench.kafka.BenchSettings;
import dev.reportflow.bench.latency.LatencyRun;
import dev.reportflow.bench.latency.StreamsMetricsTimeline;
import dev.reportflow.bench.pipeline.FloodRun;
import dev.reportflow.bench.pipeline.OutputTracker;
import dev.reportflow.bench.pipeline.PassThroughPipeline;
import dev.reportflow.bench.pipeline.RecordCounter;
import dev.reportflow.bench.pipeline.ReportflowPipeline;
import dev.reportflow.bench.pipeline.RoutedOutcomes;
import dev.reportflow.bench.profile.JfrProfile;
import dev.reportflow.bench.profile.ProfileSummary;
import dev.reportflow.bench.replay.ReplayRun;
import dev.reportflow.bench.report.BenchReport;
import dev.reportflow.bench.report.Machine;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * One bench run, phase by phase: corpus, raw producer, pass-through Streams, reportflow end to
 * end, latency at half its rate, replay, then the classifier under JMH once the broker has gone
 * (so that no Kafka thread shares its core). Each pipeline gets a warm-up of its own before it is
 * timed, from reports no other phase submits.
 */
public final class BenchRun {

    private static final Duration PIPELINE_TIMEOUT = Duration.ofMinutes(5);
    /** latency-metrics.csv's resolution: one commit interval. */
    private static final long METRICS_PERIOD_MILLIS = 100;

    private final BenchPlan plan;
    private final CorpusPieces pieces;
    private final String piecesParam;
    private final PrintWriter progress;
    private final CorpusGenerator generator;

    /** {@code piecesParam} names the same pieces for the JMH fork: "builtin" or a samples directory. */
    public BenchRun(BenchPlan plan, CorpusPieces pieces, String piecesParam, PrintWriter progress) {
        this.plan = plan;
        this.pieces = pieces;
        this.piecesParam = piecesParam;
        this.progress = progress;
        this.generator = new CorpusGenerator(pieces, Issuers.fromClassifierDepartments(), plan.seed());
    }

    /** Kafka's measurements, taken while the cluster is up. */
    private record KafkaResults(String cluster, BenchSettings settings, ProducerBaseline.Result rawProducer,
                                List<ProducerBaseline.Result> producerSettings, FloodRun.Result passThrough,
                                FloodRun.Result endToEnd, BenchReport.PipelineOutput output, ProfileSummary profile,
                                LatencyRun.Result latency, ReplayRun.Result replay) {
    }

    /** {@code settingsFor} turns the cluster (started here unless given) into the run's configurations. */
    public BenchReport run(String bootstrapServers, Function<BenchCluster, BenchSettings> settingsFor) throws Exception {
        long started = System.nanoTime();
        String startedAt = Instant.now().toString();
        double loadAtStart = Machine.loadAverageNow();
        step("generating %,d reports (warm-up rounds of %,d more are generated as they run) from %s", plan.reports(),
                plan.warmupReports(), pieces.origin());
        Corpus corpus = Corpus.generate(generator, 0, plan.reports());

        KafkaResults kafka;
        try (BenchCluster cluster = BenchCluster.open(bootstrapServers, Long.toHexString(System.currentTimeMillis()))) {
            kafka = measureOnKafka(cluster, settingsFor.apply(cluster), corpus);
        }
        step("classifier under JMH (its log: %s)", plan.out().resolve("jmh.log"));
        ClassifierJmh.Result classifier = ClassifierJmh.run(piecesParam, plan.seed(), ClassifierBenchmark.DEFAULT_REPORTS,
                plan.quick(), plan.out().resolve("jmh.log"));

        return new BenchReport(startedAt, (System.nanoTime() - started) / 1e9, Machine.current(), loadAtStart, kafka.cluster(),
                kafka.settings().keySettings(), plan.offices(), pieces.origin(), corpus.stats(), kafka.rawProducer(),
                kafka.producerSettings(), kafka.passThrough(), kafka.endToEnd(), kafka.output(), kafka.latency(), classifier,
                kafka.replay(), kafka.profile(), BenchReport.targets(kafka.passThrough(), kafka.endToEnd(), kafka.output(),
                kafka.latency(), classifier, kafka.replay()));
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
                    baseline.input(), reports));
            passThrough = flood(cluster, List.of(baseline.output()), new RecordCounter(), settings, baseline.input(), corpus);
        }

        step("reportflow streams app");
        try (ReportflowPipeline reportflow = ReportflowPipeline.start(cluster, settings)) {
            warmUp("reportflow", reports -> flood(cluster, reportflow.outputTopics(),
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
            return new KafkaResults(clusterName, settings, rawProducer, alternatives, passThrough, endToEnd, output, profile,
                    latency, replay);
        }
    }

    /** One round of warm-up: a flood of the given reports. */
    private interface WarmupRound {
        FloodRun.Result run(Corpus reports) throws Exception;
    }

    /**
     * Floods the pipeline with rounds of warm-up reports until the JIT compilers are quiet, or for
     * {@link BenchPlan#MAX_WARMUP_ROUNDS} rounds: a fresh JVM running broker, app and clients is
     * still compiling with a third of its CPU after 1,000 reports, which would be measured as the
     * pipeline's cost. On 2 cores it stayed that busy after 4,000 (docs/benchmarks.md, "JIT"), so
     * each round prints its JIT share and the table splits the JIT's CPU out.
     */
    private void warmUp(String pipeline, WarmupRound round) throws Exception {
        for (int i = 1; i <= BenchPlan.MAX_WARMUP_ROUNDS; i++) {
            // each round its own reports, which no measured phase submits
            Corpus reports = Corpus.generate(generator, plan.reports() + (i - 1) * plan.warmupReports(), plan.warmupReports());
            FloodRun.Result result = round.run(reports);
            double jitShare = result.jitShare();
            step("%s warm-up round %d: %,d reports, %.0f/s, %.2f CPU-ms per report, of which JIT compilers %.0f%%", pipeline, i,
                    result.endToEnd().records(), result.endToEnd().recordsPerSecond(), result.cpuMillisPerRecord(), 100 * jitShare);
            if (jitShare < BenchPlan.QUIET_JIT_SHARE) {
                return;
            }
        }
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
