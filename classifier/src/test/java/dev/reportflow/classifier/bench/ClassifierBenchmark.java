package dev.reportflow.classifier.bench;

import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.text.TextDecoder;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The whole classification (split, outline, issuer, kind, roles, routing) over the sample corpus
 * (shared/samples/*.txt and the project's samples/*.txt), on one thread. {@link #main} runs it
 * and prints the throughput in MB/s of UTF-8 input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ClassifierBenchmark {

    private final Classifier classifier = Classifier.standard();
    private List<String> texts;

    @Setup(Level.Trial)
    public void load() throws IOException {
        texts = new ArrayList<>();
        for (Path file : corpus()) {
            texts.add(TextDecoder.decode(Files.readAllBytes(file)).text());
        }
    }

    @Benchmark
    public void classifyCorpus(Blackhole sink) {
        for (String text : texts) {
            sink.consume(classifier.classify(text));
        }
    }

    /** The corpus files: the shared samples and the project's own. */
    static List<Path> corpus() throws IOException {
        String shared = System.getProperty("reportflow.shared.dir", "../../shared");
        List<Path> files = new ArrayList<>();
        for (Path dir : List.of(Path.of(shared, "samples"), Path.of("..", "samples"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (DirectoryStream<Path> txt = Files.newDirectoryStream(dir, "*.txt")) {
                txt.forEach(files::add);
            }
        }
        if (files.isEmpty()) {
            throw new IOException("no sample corpus found under " + shared + "/samples or ../samples");
        }
        files.sort(null);
        return files;
    }

    /** UTF-8 bytes of the corpus, whatever encoding its files are saved in. */
    static long utf8Bytes() throws IOException {
        long bytes = 0;
        for (Path file : corpus()) {
            bytes += TextDecoder.decode(Files.readAllBytes(file)).text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        }
        return bytes;
    }

    public static void main(String[] args) throws RunnerException, IOException {
        long bytes = utf8Bytes();
        RunResult result = new Runner(new OptionsBuilder()
                .include(ClassifierBenchmark.class.getSimpleName())
                .jvmArgsAppend("-Dreportflow.shared.dir=" + System.getProperty("reportflow.shared.dir", "../../shared"))
                .build()).runSingle();
        double opsPerSecond = result.getPrimaryResult().getScore();
        System.out.printf("corpus: %d files, %.2f MB of UTF-8%n", corpus().size(), bytes / 1e6);
        System.out.printf("classification throughput, one thread: %.1f MB/s (%.1f corpus passes/s)%n",
                opsPerSecond * bytes / 1e6, opsPerSecond);
        System.out.printf("per CPU-second of this thread (robust on a shared machine): %.1f MB/s%n", perCpuSecond(bytes));
    }

    /**
     * Throughput over the thread's own CPU time rather than wall time: on a machine shared with
     * other builds, wall time counts the waits for a core; this counts the work.
     */
    static double perCpuSecond(long bytes) throws IOException {
        ClassifierBenchmark bench = new ClassifierBenchmark();
        bench.load();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double best = 0;
        for (int round = 0; round < 8; round++) {
            long start = cpu.getCurrentThreadCpuTime();
            int passes = 0;
            while (cpu.getCurrentThreadCpuTime() - start < 1_000_000_000L) {
                for (String text : bench.texts) {
                    bench.classifier.classify(text);
                }
                passes++;
            }
            best = Math.max(best, passes * (double) bytes / ((cpu.getCurrentThreadCpuTime() - start) / 1e9) / 1e6);
        }
        return best;
    }
}
