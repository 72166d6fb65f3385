package dev.reportflow.bench.pipeline;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The pass-through pipeline writes one record per input: an input is done when its copy is read. */
public final class RecordCounter implements OutputTracker {

    private long records;

    @Override
    public void accept(ConsumerRecord<String, byte[]> record, long readAtMillis) {
        records++;
    }

    @Override
    public long completed() {
        return records;
    }
}
