package dev.reportflow.consumers.audit;

import dev.reportflow.consumers.audit.Verification.Break;
import dev.reportflow.consumers.audit.Verification.PartitionResult;
import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.schemas.ChainCheckpoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Recomputes each partition's chain from its first record and compares it with every checkpoint
 * as the walk passes the checkpoint's offset. A checkpoint whose signature does not verify is a
 * break in itself: it is either forged or its key is wrong.
 */
public final class ChainVerifier {

    private final TopicScanner scanner;
    private final Optional<CheckpointSigner> signer;

    public ChainVerifier(TopicScanner scanner, Optional<CheckpointSigner> signer) {
        this.scanner = scanner;
        this.signer = signer;
    }

    /** Verifies {@code topic}'s records against {@code checkpoints} (which may have been taken of another topic it copies). */
    public Verification verify(String topic, List<ChainCheckpoint> checkpoints) {
        List<String> notes = new ArrayList<>();
        if (signer.isEmpty() && checkpoints.stream().anyMatch(c -> c.getSignature() != null)) {
            notes.add("Checkpoints are signed but no key is configured: signatures were not checked.");
        }
        ChainWalker walker = new ChainWalker(scanner);
        Map<Integer, PartitionCheck> checks = new TreeMap<>();
        walker.logStartOffsets(topic).forEach((partition, start) -> checks.put(partition, new PartitionCheck(partition, start)));
        for (ChainCheckpoint checkpoint : checkpoints) {
            PartitionCheck check = checks.get(checkpoint.getPartition());
            if (check == null) {
                notes.add("Checkpoint for partition " + checkpoint.getPartition() + " which " + topic + " does not have.");
            } else {
                check.pending.add(checkpoint);
            }
        }
        checks.values().forEach(PartitionCheck::checkBeforeFirstRecord);
        Map<Integer, ChainState> last = walker.walk(topic, new HashMap<>(), (partition, state) -> checks.get(partition).passed(state));
        List<PartitionResult> results = new ArrayList<>();
        for (PartitionCheck check : checks.values()) {
            ChainState end = last.get(check.partition);
            check.reachedEnd(end);
            if (check.verified == 0 && end.count() > 0 && check.firstBreak == null) {
                notes.add("Partition " + check.partition + " has " + end.count() + " record(s) but no checkpoint: "
                        + "run 'reportflow audit checkpoint'.");
            }
            results.add(new PartitionResult(check.partition, end.count(), check.verified, check.verifiedThrough, check.firstBreak));
        }
        return new Verification(topic, results, notes);
    }

    /** The checkpoints of one partition still to pass, and what was proven so far. */
    private final class PartitionCheck {

        final int partition;
        final long logStart;
        final Deque<ChainCheckpoint> pending = new ArrayDeque<>();
        int verified;
        long verifiedThrough = -1;
        Break firstBreak;

        PartitionCheck(int partition, long logStart) {
            this.partition = partition;
            this.logStart = logStart;
        }

        /** Records deleted from the start of the log cannot be chained; checkpoints of an empty log are compared here. */
        void checkBeforeFirstRecord() {
            if (logStart > 0) {
                fail(logStart - 1, "the log starts at offset " + logStart + ": earlier records were deleted");
                return;
            }
            compareDue(ChainState.genesis(partition));
        }

        void passed(ChainState state) {
            compareDue(state);
        }

        /** Checkpoints beyond the log's end mean records were removed from its tail. */
        void reachedEnd(ChainState end) {
            if (firstBreak == null && !pending.isEmpty()) {
                ChainCheckpoint next = pending.peek();
                fail(next.getOffset(), "the log ends at offset " + end.lastOffset() + " (" + end.count()
                        + " records) but a checkpoint covers " + next.getRecordCount() + " records up to offset "
                        + next.getOffset() + ": records were removed");
            }
        }

        private void compareDue(ChainState state) {
            while (firstBreak == null && !pending.isEmpty() && pending.peek().getOffset() <= state.lastOffset()) {
                ChainCheckpoint checkpoint = pending.poll();
                if (signer.isPresent() && !signer.get().verifies(checkpoint)) {
                    fail(checkpoint.getOffset(), "the checkpoint's signature does not verify (forged, or another key)");
                } else if (checkpoint.getOffset() != state.lastOffset()) {
                    fail(checkpoint.getOffset(), "no record at the checkpoint's offset: records were removed");
                } else if (!checkpoint.getChainHash().equals(state.hex()) || checkpoint.getRecordCount() != state.count()) {
                    fail(checkpoint.getOffset(), "chain hash differs from the checkpoint (" + state.count() + " records here, "
                            + checkpoint.getRecordCount() + " at checkpoint time): a record at or before this offset "
                            + "was altered, removed or inserted");
                } else {
                    verified++;
                    verifiedThrough = checkpoint.getOffset();
                }
            }
        }

        private void fail(long atOffset, String reason) {
            firstBreak = new Break(partition, verifiedThrough, atOffset, reason);
        }
    }
}
