package dev.reportflow.consumers.audit;

import java.util.HexFormat;

/** The chain of one partition after {@code count} records, the last at {@code lastOffset} (-1 before any). */
public record ChainState(int partition, long lastOffset, long count, byte[] hash) {

    public static ChainState genesis(int partition) {
        return new ChainState(partition, -1, 0, HexFormat.of().parseHex(HashChain.GENESIS));
    }

    public ChainState next(long offset, long timestamp, byte[] key, byte[] value) {
        return new ChainState(partition, offset, count + 1, HashChain.link(hash, partition, offset, timestamp, key, value));
    }

    public String hex() {
        return HexFormat.of().formatHex(hash);
    }
}
