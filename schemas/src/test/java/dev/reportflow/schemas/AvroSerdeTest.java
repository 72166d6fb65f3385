package dev.reportflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

    private final AvroSerde<Submission> serde = AvroSerde.of(Submission.class);

    @Test
    void roundTripsASubmission() {
        Submission submission = Submission.newBuilder()
                .setSubmissionId("s-1").setContentHash("sha256:ab").setOffice("区审计局").setFileName("a.txt")
                .setReceivedAt(Instant.ofEpochMilli(1_700_000_000_000L)).setDetectedEncoding("GB18030")
                .setContent(ByteBuffer.wrap("一、工作".getBytes(StandardCharsets.UTF_8))).build();

        Submission back = serde.fromBytes(serde.toBytes(submission));

        assertThat(back).isEqualTo(submission);
        assertThat(back.getContentType()).isEqualTo("text/plain");
    }

    @Test
    void refusesBytesThatAreNotASingleObjectEncodedRecord() {
        assertThatThrownBy(() -> serde.deserialize("reports.submitted", "not avro".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Not a valid Submission record on topic reports.submitted");
    }

    @Test
    void refusesARecordWrittenWithAnUnknownSchema() {
        Schema stranger = SchemaBuilder.record("Submission").namespace("elsewhere").fields()
                .requiredString("who").endRecord();
        GenericRecord record = new GenericData.Record(stranger);
        record.put("who", "nobody");
        byte[] bytes = toBytes(new BinaryMessageEncoder<GenericRecord>(GenericData.get(), stranger), record);

        assertThatThrownBy(() -> serde.fromBytes(bytes)).isInstanceOf(SerializationException.class);
    }

    @Test
    void encodesARecordOnceForTheStoreAndTheTopic() {
        AvroSerde<Submission> store = AvroSerde.encodingOnce(Submission.class);
        AvroSerde<Submission> topic = AvroSerde.encodingOnce(Submission.class);
        Submission first = submission("s-1");
        Submission second = submission("s-2");

        byte[] stored = store.serialize("changelog", first);
        byte[] otherStored = store.serialize("changelog", second);
        byte[] sent = topic.serialize("reports.classified", first);

        assertThat(sent).isSameAs(stored).isEqualTo(serde.toBytes(first));
        assertThat(topic.serialize("reports.classified", second)).isSameAs(otherStored).isEqualTo(serde.toBytes(second));
        assertThat(topic.fromBytes(sent)).isEqualTo(first);
    }

    @Test
    void encodesAnEqualButDifferentRecordAgain() {
        AvroSerde<Submission> once = AvroSerde.encodingOnce(Submission.class);
        byte[] encoded = once.toBytes(submission("s-1"));

        byte[] again = once.toBytes(submission("s-1"));

        assertThat(again).isNotSameAs(encoded).isEqualTo(encoded);
    }

    private static Submission submission(String id) {
        return Submission.newBuilder()
                .setSubmissionId(id).setContentHash("sha256:ab").setOffice("区审计局").setFileName("a.txt")
                .setReceivedAt(Instant.ofEpochMilli(1_700_000_000_000L)).setDetectedEncoding("GB18030")
                .setContent(ByteBuffer.wrap("一、工作".getBytes(StandardCharsets.UTF_8))).build();
    }

    @Test
    void passesTombstonesThrough() {
        assertThat(serde.serialize("t", null)).isNull();
        assertThat(serde.deserialize("t", null)).isNull();
    }

    private static byte[] toBytes(BinaryMessageEncoder<GenericRecord> encoder, GenericRecord record) {
        try {
            ByteBuffer buffer = encoder.encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
