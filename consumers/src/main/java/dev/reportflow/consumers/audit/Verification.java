package dev.reportflow.consumers.audit;

import java.util.List;
import java.util.Optional;

/** The outcome of verifying a topic's chains against its checkpoints. */
public record Verification(String topic, List<PartitionResult> partitions, List<String> notes) {

    public Verification {
        partitions = List.copyOf(partitions);
        notes = List.copyOf(notes);
    }

    /**
     * One partition: how many checkpoints matched, up to which offset the log is proven, and the
     * first break if any.
     */
    public record PartitionResult(int partition, long records, int checkpointsVerified, long verifiedThrough,
                                  Break firstBreak) {
    }

    /**
     * Where the chain stopped matching: some record in offsets {@code afterOffset+1 .. atOffset}
     * was altered, removed or inserted (or the checkpoint itself is forged).
     */
    public record Break(int partition, long afterOffset, long atOffset, String reason) {

        @Override
        public String toString() {
            return "partition " + partition + ", offset " + atOffset + " (last verified offset " + afterOffset + "): " + reason;
        }
    }

    public boolean intact() {
        return partitions.stream().allMatch(p -> p.firstBreak() == null);
    }

    /** The first break in partition order. */
    public Optional<Break> firstBreak() {
        return partitions.stream().map(PartitionResult::firstBreak).filter(b -> b != null).findFirst();
    }
}
