package dev.reportflow.consumers.audit;

import dev.reportflow.consumers.common.TopicScanner;
import dev.reportflow.schemas.ChainCheckpoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the chain of every partition up to its current end and returns one checkpoint per
 * partition. The chain continues from the latest earlier checkpoint of each partition when that
 * one can be trusted (signed with our key, or no key in use), so a checkpoint costs only the
 * records added since the last one; verify always recomputes from the first record.
 */
public final class Checkpointer {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    private final TopicScanner scanner;
    private final Optional<CheckpointSigner> signer;
    private final Clock clock;

    public Checkpointer(TopicScanner scanner, Optional<CheckpointSigner> signer, Clock clock) {
        this.scanner = scanner;
        this.signer = signer;
        this.clock = clock;
    }

    public List<ChainCheckpoint> checkpoint(String topic, List<ChainCheckpoint> earlier) {
        Map<Integer, ChainState> from = new HashMap<>();
        for (ChainCheckpoint previous : earlier) {
            boolean trusted = signer.map(s -> s.verifies(previous)).orElse(true);
            if (!trusted) {
                LOG.warn("Not continuing from the checkpoint of partition {} at offset {}: its signature does not verify",
                        previous.getPartition(), previous.getOffset());
                continue;
            }
            ChainState known = from.get(previous.getPartition());
            if (known == null || previous.getOffset() > known.lastOffset()) {
                from.put(previous.getPartition(), new ChainState(previous.getPartition(), previous.getOffset(),
                        previous.getRecordCount(), HexFormat.of().parseHex(previous.getChainHash())));
            }
        }
        Map<Integer, ChainState> states = new ChainWalker(scanner).walk(topic, from, (partition, state) -> { });
        List<ChainCheckpoint> checkpoints = new ArrayList<>();
        states.values().stream().sorted(java.util.Comparator.comparingInt(ChainState::partition)).forEach(state -> {
            ChainCheckpoint checkpoint = ChainCheckpoint.newBuilder()
                    .setTopic(topic)
                    .setPartition(state.partition())
                    .setOffset(state.lastOffset())
                    .setRecordCount(state.count())
                    .setChainHash(state.hex())
                    .setAlgorithm(HashChain.ALGORITHM)
                    .setCreatedAt(clock.instant())
                    .build();
            signer.ifPresent(s -> checkpoint.setSignature(s.sign(checkpoint)));
            checkpoints.add(checkpoint);
        });
        return checkpoints;
    }
}
