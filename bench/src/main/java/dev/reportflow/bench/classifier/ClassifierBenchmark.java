package dev.reportflow.bench.classifier;

import dev.reportflow.bench.corpus.Corpus;
import dev.reportflow.bench.corpus.CorpusGenerator;
import dev.reportflow.bench.corpus.CorpusPieces;
import dev.reportflow.bench.corpus.GeneratedReport;
import dev.reportflow.bench.corpus.Issuers;
import dev.reportflow.bench.corpus.PiecesSource;
import dev.reportflow.classifier.Classifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The classifier alone, on one thread (so the score is per core): one operation classifies every
 * report of a small generated corpus, already decoded to text. MB/s = operations/s × the
 * corpus's UTF-8 bytes, computed by {@link ClassifierJmh} from the same seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ClassifierBenchmark {

    public static final String BUILT_IN = "builtin";
    public static final int DEFAULT_REPORTS = 64;

    @Param("" + DEFAULT_REPORTS)
    public int reports;

    @Param("7")
    public long seed;

    /** {@value #BUILT_IN}, or the samples directory the corpus pieces come from. */
    @Param(BUILT_IN)
    public String pieces;

    private Classifier classifier;
    private List<String> texts;

    @Setup
    public void generate() {
        classifier = Classifier.standard();
        texts = corpus(pieces, seed, reports).reports().stream()
                .map(r -> new String(r.content(), StandardCharsets.UTF_8)).toList();
    }

    @Benchmark
    public void classifyCorpus(Blackhole blackhole) {
        for (String text : texts) {
            blackhole.consume(classifier.classify(text));
        }
    }

    public static Corpus corpus(String pieces, long seed, int reports) {
        CorpusPieces source = PiecesSource.load(BUILT_IN.equals(pieces) ? null : Path.of(pieces));
        return Corpus.generate(new CorpusGenerator(source, Issuers.fromClassifierDepartments(), seed), 0, reports);
    }

    static long utf8Bytes(Corpus corpus) {
        return corpus.reports().stream().mapToLong(GeneratedReport::sizeBytes).sum();
    }
}
