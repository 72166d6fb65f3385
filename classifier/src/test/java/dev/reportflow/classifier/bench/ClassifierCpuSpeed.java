package dev.reportflow.classifier.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.reportflow.classifier.Classifier;
import dev.reportflow.classifier.text.TextDecoder;
import dev.reportflow.classifier.text.TextLines;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * The classifier's speed in MB of UTF-8 input per CPU-second of the measuring thread, on real
 * text: the dev documents of the corpus (reports and negatives; blind ones are never opened) and
 * ../shared/samples. Beside it, in the same run and on the same texts, two trivial passes: decoding
 * the bytes ({@link TextDecoder}) and cutting the text into folded lines ({@link TextLines}), so
 * that the classifier's figure can be read as a multiple of work that cannot be avoided.
 *
 * <p>CPU time of the thread, not wall time: on a machine shared with other builds, wall time counts
 * the waits for a core, CPU time the work. Each figure is the median of {@code reportflow.speed.rounds}
 * rounds of about {@code reportflow.speed.round.ms} of CPU, with the spread (min–max) beside it,
 * after a warm-up that lasts until the JIT is done.
 *
 * <p>From the repository root (arguments: the root, then the shared directory, ../shared by default):
 * <pre>
 * mvn -B -o -q -pl classifier -am test-compile
 * mvn -B -o -q -pl classifier dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/cp.txt
 * java -cp classifier/target/classes:classifier/target/test-classes:$(cat /tmp/cp.txt) \
 *     dev.reportflow.classifier.bench.ClassifierCpuSpeed . ../shared
 * </pre>
 * To compare two versions (A/B), run it alternately on each one's {@code target/classes} (A, B, A, B)
 * in the same minutes, and compare the classifier's figures and their ratio to the decode baseline.
 */
public final class ClassifierCpuSpeed {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    /** Where each result goes, so that no pass can be optimised away. */
    private static volatile Object sink;

    private ClassifierCpuSpeed() {
    }

    /** A set of texts: as bytes (what the decoder reads) and decoded (what the classifier reads). */
    record TextSet(String name, List<byte[]> bytes, List<String> texts, long utf8Bytes) {
        static TextSet of(String name, List<Path> files) throws IOException {
            List<byte[]> raw = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            long utf8 = 0;
            for (Path file : files) {
                byte[] b = Files.readAllBytes(file);
                String text = TextDecoder.decode(b).text();
                raw.add(b);
                texts.add(text);
                utf8 += text.getBytes(StandardCharsets.UTF_8).length;
            }
            return new TextSet(name, raw, texts, utf8);
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path shared = Path.of(args.length > 1 ? args[1] : root.resolve("../shared").toString());
        long roundNanos = Long.getLong("reportflow.speed.round.ms", 1000) * 1_000_000L;
        int rounds = Integer.getInteger("reportflow.speed.rounds", 5);

        List<TextSet> sets = List.of(
                TextSet.of("corpus dev", devDocuments(root.resolve("corpus"))),
                TextSet.of("shared samples", txtFiles(shared.resolve("samples"))));
        Classifier classifier = Classifier.standard();
        System.out.printf("load average at start: %s%n", loadAverage());
        warmUp(sets, classifier, roundNanos);
        // rounds interleaved (each pass of each set once per round), so that a change in the machine's
        // load over the run falls on the classifier and its baselines alike
        double[][][] mbPerCpuSecond = new double[sets.size()][Pass.values().length][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int t = 0; t < sets.size(); t++) {
                for (Pass pass : Pass.values()) {
                    mbPerCpuSecond[t][pass.ordinal()][r] = measure(sets.get(t), pass.work(sets.get(t), classifier), roundNanos);
                }
            }
        }
        System.out.printf("%-15s %-9s %6s %8s %24s %9s%n", "texts", "pass", "files", "MB", "MB/s per CPU-s (min–max)",
                "÷ decode");
        for (int t = 0; t < sets.size(); t++) {
            TextSet set = sets.get(t);
            double decode = median(mbPerCpuSecond[t][Pass.DECODE.ordinal()]);
            for (Pass pass : Pass.values()) {
                double[] results = mbPerCpuSecond[t][pass.ordinal()];
                double median = median(results); // sorts results
                System.out.printf("%-15s %-9s %6d %8.3f %8.1f (%6.1f–%6.1f) %9.3f%n", set.name(), pass.label,
                        set.texts().size(), set.utf8Bytes() / 1e6, median, results[0], results[results.length - 1],
                        median / decode);
            }
        }
        System.out.printf("load average at end: %s%n", loadAverage());
    }

    private enum Pass {
        DECODE("decode"), LINES("lines"), CLASSIFY("classify");

        final String label;

        Pass(String label) {
            this.label = label;
        }

        IntFunction<Object> work(TextSet set, Classifier classifier) {
            return switch (this) {
                case DECODE -> i -> TextDecoder.decode(set.bytes().get(i));
                case LINES -> i -> TextLines.of(set.texts().get(i));
                case CLASSIFY -> i -> classifier.classify(set.texts().get(i));
            };
        }
    }

    /**
     * Runs every pass until the JIT has compiled what it will: a round in which compilation took
     * less than {@value #QUIET_JIT_MS} ms (at most {@value #MAX_WARMUP_ROUNDS} rounds). On a busy
     * machine the compiler threads wait for a core too, and a fixed warm-up measured half-compiled code.
     */
    private static void warmUp(List<TextSet> sets, Classifier classifier, long roundNanos) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        int round = 0;
        long compiling;
        do {
            long before = jit.getTotalCompilationTime();
            for (TextSet set : sets) {
                for (Pass pass : Pass.values()) {
                    measure(set, pass.work(set, classifier), roundNanos / 2);
                }
            }
            compiling = jit.getTotalCompilationTime() - before;
        } while (++round < MAX_WARMUP_ROUNDS && (round < 2 || compiling >= QUIET_JIT_MS));
        System.out.printf("warm-up: %d rounds, %.1f CPU-s; JIT time in its last round: %d ms%n", round,
                (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9, compiling);
    }

    private static final int QUIET_JIT_MS = 20;
    private static final int MAX_WARMUP_ROUNDS = 30;

    /** MB/s per CPU-second of passes over the whole set for about {@code roundNanos} of CPU. */
    private static double measure(TextSet set, IntFunction<Object> work, long roundNanos) {
        long start = CPU.getCurrentThreadCpuTime();
        long passes = 0;
        long spent;
        do {
            for (int i = 0; i < set.texts().size(); i++) {
                sink = work.apply(i);
            }
            passes++;
            spent = CPU.getCurrentThreadCpuTime() - start;
        } while (spent < roundNanos);
        return passes * (double) set.utf8Bytes() / (spent / 1e9) / 1e6;
    }

    /** The median of {@code values}, which it sorts. */
    private static double median(double[] values) {
        Arrays.sort(values);
        return values[values.length / 2];
    }

    /**
     * The corpus documents whose labels put them in the dev split. The split is by file, so a file
     * is dev when its records say so; blind files are never opened.
     */
    static List<Path> devDocuments(Path corpus) throws IOException {
        ObjectMapper json = new ObjectMapper();
        TreeSet<String> dev = new TreeSet<>();
        TreeSet<String> blind = new TreeSet<>();
        try (DirectoryStream<Path> labels = Files.newDirectoryStream(corpus.resolve("labels"), "*.jsonl")) {
            for (Path file : labels) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode record = json.readTree(line);
                    ("dev".equals(record.path("split").asText()) ? dev : blind).add(record.path("file").asText());
                }
            }
        }
        dev.removeAll(blind);
        if (dev.isEmpty()) {
            throw new IOException("no dev documents labelled under " + corpus.resolve("labels"));
        }
        return dev.stream().map(corpus::resolve).toList();
    }

    static List<Path> txtFiles(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> txt = Files.newDirectoryStream(dir, "*.txt")) {
            txt.forEach(files::add);
        }
        if (files.isEmpty()) {
            throw new IOException("no .txt files in " + dir);
        }
        files.sort(null);
        return files;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
