package dev.reportflow.streams.intake;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * Which intake partition a content hash belongs to: the one Kafka's default partitioner picks for
 * it as the record key, as the reportflow client sends it. Copies of a text meet in that partition's
 * dedupe store; a record anywhere else is re-keyed through an internal topic with as many partitions.
 */
public record IntakePlacement(int partitions) {

    public IntakePlacement {
        if (partitions < 1) {
            throw new IllegalArgumentException("the intake topic has at least one partition: " + partitions);
        }
    }

    public int partitionOf(String contentHash) {
        return Utils.toPositive(Utils.murmur2(contentHash.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
