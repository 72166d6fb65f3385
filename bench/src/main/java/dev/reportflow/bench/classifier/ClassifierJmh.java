package dev.reportflow.bench.classifier;

import java.nio.file.Path;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ClassifierBenchmark} with JMH: one fork (a fresh JVM, so the Kafka threads of the
 * rest of the run do not share its cores), a short warm-up, and JMH's own log written to a file.
 */
public final class ClassifierJmh {

    private ClassifierJmh() {
    }

    public record Result(double megabytesPerSecondPerCore, double operationsPerSecond, double error, long corpusBytes,
                         int reports) {
    }

    public static Result run(String pieces, long seed, int reports, boolean quick, Path log) throws RunnerException {
        // JMH refuses to run while another JMH run holds /tmp/jmh.lock, which would cost the whole
        // table; sharing the machine shows anyway, in the load average the report prints.
        System.setProperty("jmh.ignoreLock", "true");
        Options options = new OptionsBuilder()
                .include(ClassifierBenchmark.class.getName() + ".classifyCorpus")
                .param("reports", String.valueOf(reports))
                .param("seed", String.valueOf(seed))
                .param("pieces", pieces)
                .forks(1)
                .warmupIterations(quick ? 1 : 8)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(quick ? 2 : 5)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgsAppend("-Xms1g", "-Xmx1g")
                .output(log.toString())
                .build();
        RunResult run = new Runner(options).runSingle();
        double opsPerSecond = run.getPrimaryResult().getScore();
        double error = run.getPrimaryResult().getScoreError();
        long bytes = ClassifierBenchmark.utf8Bytes(ClassifierBenchmark.corpus(pieces, seed, reports));
        return new Result(opsPerSecond * bytes / 1e6, opsPerSecond, error * bytes / 1e6, bytes, reports);
    }
}
