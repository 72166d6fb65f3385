package dev.reportflow.bench.pipeline;

import dev.reportflow.bench.corpus.Corpus;
import dev.reportflow.bench.report.Throughput;
import dev.reportflow.config.AppConfig;
import dev.reportflow.producers.submit.SubmissionClient;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.TimeoutException;

/**
 * Maximum throughput of a pipeline: submit a corpus as fast as the offices can, and time from the
 * first submit to the moment the reader has accounted for the last input on the outputs.
 */
public final class FloodRun {

    private FloodRun() {
    }

    /** End to end, and intake alone (first submit to last receipt). */
    public record Result(Throughput endToEnd, Throughput intake) {
    }

    public static Result run(String bootstrapServers, Collection<String> outputTopics, OutputTracker tracker,
                             AppConfig clientConfig, Corpus corpus, int offices, Duration timeout)
            throws InterruptedException, TimeoutException {
        try (SubmissionClient client = new SubmissionClient(clientConfig);
             OutputReader reader = new OutputReader(bootstrapServers, outputTopics, tracker, corpus.size())) {
            long start = System.nanoTime();
            long lastReceipt = Submitters.submitAll(client, corpus, offices);
            long lastOutput = reader.awaitAll(timeout);
            long bytes = corpus.totalBytes();
            return new Result(Throughput.since(start, lastOutput, corpus.size(), bytes),
                    Throughput.since(start, lastReceipt, corpus.size(), bytes));
        }
    }
}
