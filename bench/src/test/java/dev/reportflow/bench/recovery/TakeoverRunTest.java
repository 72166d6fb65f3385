package dev.reportflow.bench.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.state.internals.OffsetCheckpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The takeover waits for a standby's checkpoint: it must read what Kafka Streams writes. */
class TakeoverRunTest {

    @Test
    void readsTheCheckpointKafkaStreamsWrites(@TempDir Path task) throws Exception {
        TopicPartition dedupe = new TopicPartition("app-dedupe-by-content-hash-changelog", 3);
        TopicPartition reports = new TopicPartition("app-current-reports-changelog", 3);
        new OffsetCheckpoint(task.resolve(".checkpoint").toFile()).write(Map.of(dedupe, 166_328L, reports, 1_013L));

        assertThat(TakeoverRun.readCheckpoint(task.resolve(".checkpoint"))).containsExactlyInAnyOrderEntriesOf(
                Map.of(dedupe, 166_328L, reports, 1_013L));
    }

    @Test
    void aTaskWithoutACheckpointYetHasNoOffsets(@TempDir Path task) {
        assertThat(TakeoverRun.readCheckpoint(task.resolve(".checkpoint"))).isEmpty();
    }
}
