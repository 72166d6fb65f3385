package dev.reportflow.consumers.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.reportflow.schemas.ChainCheckpoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckpointSignerTest {

    private final CheckpointSigner signer = new CheckpointSigner("a-test-key-of-enough-length".getBytes(StandardCharsets.UTF_8));

    @Test
    void aSignedCheckpointVerifiesAndAnyChangeOrOtherKeyDoesNot() {
        ChainCheckpoint checkpoint = checkpoint();
        checkpoint.setSignature(signer.sign(checkpoint));

        assertThat(signer.verifies(checkpoint)).isTrue();
        ChainCheckpoint moved = ChainCheckpoint.newBuilder(checkpoint).setOffset(41L).build();
        assertThat(signer.verifies(moved)).isFalse();
        ChainCheckpoint rehashed = ChainCheckpoint.newBuilder(checkpoint).setChainHash("00" + checkpoint.getChainHash().substring(2)).build();
        assertThat(signer.verifies(rehashed)).isFalse();
        assertThat(new CheckpointSigner("another-key-of-enough-length".getBytes(StandardCharsets.UTF_8)).verifies(checkpoint)).isFalse();
        assertThat(signer.verifies(ChainCheckpoint.newBuilder(checkpoint).setSignature(null).build())).isFalse();
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new CheckpointSigner(new byte[8])).hasMessageContaining("at least 16 bytes");
    }

    private static ChainCheckpoint checkpoint() {
        return ChainCheckpoint.newBuilder().setTopic("reports.submitted").setPartition(0).setOffset(42L).setRecordCount(43L)
                .setChainHash("ab".repeat(32)).setCreatedAt(Instant.parse("2024-01-15T00:00:00Z")).build();
    }
}
