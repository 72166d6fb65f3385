package dev.reportflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.reportflow.bench.classifier.ClassifierBenchmark;
import dev.reportflow.bench.corpus.CorpusGenerator;
import dev.reportflow.bench.corpus.CorpusPieces;
import dev.reportflow.bench.corpus.CorpusShape;
import dev.reportflow.bench.corpus.Issuers;
import dev.reportflow.bench.corpus.RealReports;
import dev.reportflow.bench.corpus.ReportSource;
import dev.reportflow.bench.corpus.PiecesSource;
import dev.reportflow.bench.history.HistoryBench;
import dev.reportflow.bench.kafka.BenchSettings;
import dev.reportflow.bench.recovery.RecoveryRun;
import dev.reportflow.bench.report.BenchReport;
import dev.reportflow.bench.report.ResultTable;
import dev.reportflow.config.ConnectionOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reportflow bench}: how fast reportflow is, against Kafka itself, in one run on one
 * cluster (an embedded broker unless --bootstrap-server is given). Prints a table and writes
 * {@code bench.json} (and {@code jmh.log}, {@code e2e.jfr} with --profile) to --out.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure reportflow against a raw Kafka producer and a pass-through Kafka Streams app with the same "
                + "configuration, in one run: end-to-end throughput, latency at half load, the classifier (JMH), replay.",
                "Production settings come from the apps' properties files, --config and -D (for the streams app and the "
                        + "client alike); -S sets a property of the submission client only."})
public final class BenchCommand implements Callable<Integer> {

    private static final int QUICK_REPORTS = 1000;
    /** Keeps a quiet machine's quick run near two minutes; a busy one's warm-up ends at it still compiling, and says so. */
    private static final int QUICK_WARMUP_SECONDS = 45;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--reports", paramLabel = "N", description = "Reports in the measured corpus (default 10000; 1000 with --quick).")
    Integer reports;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/bench", description = "Where bench.json goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--quick", description = "A small smoke run: 1000 reports, short latency and JMH phases, no producer settings sweep.")
    boolean quick;

    @Option(names = "--corpus", paramLabel = "DIR", description = "The real reports to submit: DIR/labels/*.jsonl and the documents they label (default: the project's corpus/).")
    Path realCorpus;

    @Option(names = "--synthetic", description = "Submit synthetic reports built from sample pieces (the corpus of sessions 1-3) instead of the real reports.")
    boolean synthetic;

    @Option(names = "--samples", paramLabel = "DIR", description = "With --synthetic, and for the classifier's JMH corpus: the pieces' reports (default: the project's samples/, else built-in pieces).")
    Path samples;

    @Option(names = "--offices", defaultValue = "32", description = "Offices submitting concurrently (default: ${DEFAULT-VALUE}).")
    int offices;

    @Option(names = "--latency-seconds", paramLabel = "S", description = "Length of the steady-rate latency phase (default 30; 8 with --quick).")
    Integer latencySeconds;

    @Option(names = "--warmup-seconds", paramLabel = "S", description = "Longest warm-up of a pipeline: rounds of reports until the "
            + "JIT compilers use under 10 % of a round's CPU, or this long (default 180; 45 with --quick).")
    Integer warmupSeconds;

    @Option(names = "--seed", defaultValue = "7", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--profile", description = "Record the end-to-end phase with JFR (e2e.jfr) and print where the CPU went.")
    boolean profile;

    @Option(names = "--phases", split = ",", paramLabel = "PHASE[,PHASE]", defaultValue = "throughput,resilience",
            description = "Which phases to run: throughput (baselines, end to end, latency, replay, classifier) and resilience "
                    + "(recovery: SIGKILL and restore of an instance in its own JVM; takeover: SIGKILL of one of two instances, with and "
                    + "without a standby replica; instances: two of them); restore: the restores of recovery only; restart: its same-host "
                    + "SIGKILL restart only, reportflow's settings against those before static membership, alternated twice; fixed-rate: reportflow "
                    + "alone at --rate, its CPU per report (to compare code or settings, A/B, on a busy machine); default: ${DEFAULT-VALUE}; "
                    + "--quick runs throughput only unless given.")
    java.util.List<String> phases;

    @Option(names = "--rate", paramLabel = "R", defaultValue = "20",
            description = "Reports per second of the fixed-rate phase (default: ${DEFAULT-VALUE}): after the warm-up, reportflow at "
                    + "this rate for --latency-seconds, CPU per report by kind of thread. Runs with --phases fixed-rate.")
    double rate;

    @Option(names = "--remembered", paramLabel = "N", defaultValue = "1000000",
            description = "Submissions in the dedupe store for the full-restore and takeover measures (default: ${DEFAULT-VALUE}).")
    int remembered;

    @Option(names = "--remembered-decisions", paramLabel = "M", defaultValue = "100000",
            description = "Submissions whose routed decisions (reports and copies, for corrections) the decisions stores hold in the "
                    + "restore measured without a correction window, against the newest quarter of them with one (default: "
                    + "${DEFAULT-VALUE}; 0 skips it).")
    int rememberedDecisions;

    @Option(names = {"-S", "--submit-property"}, paramLabel = "KEY=VALUE", description = "Set one property of the submission client only (repeatable).")
    Map<String, String> submitProperties = new LinkedHashMap<>();

    @Option(names = "--history", description = "Instead: the history store's bench (a local PostgreSQL and an embedded broker): "
            + "load a generated history, time the pipeline's routed sections/s and the history sink's load rate on what "
            + "the pipeline wrote, then time searches and traces.")
    boolean history;

    @Option(names = "--history-sections", paramLabel = "N", defaultValue = "900000",
            description = "Generated routed sections the history bench loads as the history, before the pipeline's "
                    + "(default: ${DEFAULT-VALUE}).")
    int historySections;

    @Option(names = "--history-pipeline-reports", paramLabel = "N", defaultValue = "2000",
            description = "Whole reports (synthetic, from the sample pieces) the history bench sends through the pipeline, whose routed rate the sink's is "
                    + "compared with (default: ${DEFAULT-VALUE}).")
    int historyPipelineReports;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        if (history) {
            Path corpus = (System.getProperty("reportflow.home") != null ? Path.of(System.getProperty("reportflow.home"))
                    : Path.of(".")).resolve("corpus/documents");
            // Whole reports, as the pipeline's burst: the real corpus's files are mostly openings of ~2 KB that
            // route 2.4 sections each, where a whole report routes dozens (docs/benchmarks.md), and the store's
            // load is per routed section.
            CorpusGenerator whole = new CorpusGenerator(PiecesSource.load(PiecesSource.directory(samples, projectSamples())),
                    Issuers.fromClassifierDepartments(), seed);
            Path stateDir = Files.createTempDirectory("reportflow-bench-state-");
            try {
                new HistoryBench(new HistoryBench.Plan(historySections, historyPipelineReports, 500, 500, corpus, seed), whole,
                        cluster -> {
                            connection.setBootstrapServers(cluster.bootstrapServers());
                            return BenchSettings.of(connection, submitProperties, cluster.topicPrefix(), stateDir);
                        }, console).run();
            } finally {
                deleteQuietly(stateDir);
            }
            return 0;
        }
        BenchPlan plan = plan();
        Files.createDirectories(plan.out());
        Path samplesDirectory = PiecesSource.directory(samples, projectSamples());
        CorpusPieces pieces = PiecesSource.load(samplesDirectory);
        RealReports real = RealReports.load(realCorpus != null ? realCorpus : projectDirectory("corpus"));
        ReportSource reports = synthetic ? new CorpusGenerator(pieces, Issuers.fromClassifierDepartments(), seed) : real;
        String piecesParam = samplesDirectory == null ? ClassifierBenchmark.BUILT_IN : samplesDirectory.toAbsolutePath().normalize().toString();
        Path stateDir = Files.createTempDirectory("reportflow-bench-state-");
        try {
            BenchReport report = new BenchRun(plan, reports, CorpusShape.of(real), piecesParam, console).run(bootstrapServers(), cluster -> {
                connection.setBootstrapServers(cluster.bootstrapServers());
                return BenchSettings.of(connection, submitProperties, cluster.topicPrefix(), stateDir);
            });
            ResultTable.print(console, report);
            Path json = plan.out().resolve("bench.json");
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), report);
            console.println("written: " + json.toAbsolutePath());
            return 0;
        } finally {
            deleteQuietly(stateDir);
        }
    }

    private BenchPlan plan() {
        int measured = reports != null ? reports : quick ? QUICK_REPORTS : 10_000;
        int latency = latencySeconds != null ? latencySeconds : quick ? 8 : 30;
        int warmup = Math.max(500, measured / 10);
        int warmupBound = warmupSeconds != null ? warmupSeconds : quick ? QUICK_WARMUP_SECONDS : 180;
        boolean phasesGiven = spec.commandLine().getParseResult().hasMatchedOption("--phases");
        boolean resilience = phases.contains("resilience") && (!quick || phasesGiven);
        List<RecoveryRun.Scenario> kills = resilience || phases.contains("recovery") ? RecoveryRun.KILL_SCENARIOS
                : phases.contains("restart") ? RecoveryRun.RESTART_PAIRS : List.of();
        boolean restores = resilience || phases.contains("recovery") || phases.contains("restore");
        return new BenchPlan(measured, warmup, warmupBound, latency, offices, seed, quick, profile, out, phases.contains("throughput"),
                restores || !kills.isEmpty(), resilience || phases.contains("takeover"), resilience || phases.contains("instances"),
                remembered, rememberedDecisions, kills, restores, phases.contains("fixed-rate") ? rate : 0);
    }

    /** The given cluster, or null for an embedded broker. */
    private String bootstrapServers() {
        return connection.bootstrapServers() != null ? connection.bootstrapServers() : System.getenv("REPORTFLOW_BOOTSTRAP_SERVERS");
    }

    private static Path projectSamples() {
        return projectDirectory("samples");
    }

    private static Path projectDirectory(String name) {
        String home = System.getProperty("reportflow.home");
        return (home != null ? Path.of(home) : Path.of(".")).resolve(name);
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
