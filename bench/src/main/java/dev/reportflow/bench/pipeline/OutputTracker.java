package dev.reportflow.bench.pipeline;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Counts how many inputs a pipeline has finished, from the records it wrote. Called from one reader thread. */
public interface OutputTracker {

    void accept(ConsumerRecord<String, byte[]> record, long readAtMillis);

    /** Inputs fully accounted for so far. */
    long completed();
}
