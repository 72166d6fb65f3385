package dev.reportflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Arbitrary bytes on the intake topic, as any producer with access may write them: decoding gives a
 * Submission or a SerializationException (which the streams app turns into a CORRUPT_RECORD
 * rejection), never another exception or an allocation the bytes did not pay for.
 */
class AvroDecodingFuzzTest {

    private static final AvroSerde<Submission> SUBMISSIONS = AvroSerde.of(Submission.class);
    private static final byte[] VALID = SUBMISSIONS.toBytes(Submission.newBuilder().setSubmissionId("sub-1")
            .setContentHash("sha256:00").setOffice("区审计局").setFileName("a.txt").setReceivedAt(Instant.EPOCH)
            .setDetectedEncoding("UTF-8").setContent(ByteBuffer.wrap("一、工作".getBytes())).build());

    @Property(tries = 500)
    void anyBytesDecodeOrFailAsASerializationError(@ForAll byte[] bytes) {
        decodeOrFailCleanly(bytes);
    }

    @Property(tries = 500)
    void aDamagedSubmissionDecodesOrFailsAsASerializationError(@ForAll("damaged") byte[] bytes) {
        decodeOrFailCleanly(bytes);
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        return Arbitraries.integers().between(0, VALID.length - 1).list().ofMinSize(1).ofMaxSize(6).map(positions -> {
            byte[] copy = VALID.clone();
            for (int p : positions) {
                copy[p] = (byte) (copy[p] ^ 0x7F);
            }
            return copy;
        });
    }

    private static void decodeOrFailCleanly(byte[] bytes) {
        try {
            assertThat(SUBMISSIONS.fromBytes(bytes)).isNotNull();
        } catch (SerializationException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 1)
    void aLengthPrefixClaimingGigabytesIsRefused() {
        byte[] huge = VALID.clone();
        // the first string's length (zig-zag varint) after the 10-byte single-object header, set to ~1 GB
        byte[] claim = {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 0x08};
        byte[] forged = new byte[10 + claim.length + 4];
        System.arraycopy(huge, 0, forged, 0, 10);
        System.arraycopy(claim, 0, forged, 10, claim.length);
        assertThatThrownBy(() -> SUBMISSIONS.fromBytes(forged)).isInstanceOf(SerializationException.class);
    }
}
