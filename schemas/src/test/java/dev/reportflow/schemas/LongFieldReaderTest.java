package dev.reportflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class LongFieldReaderTest {

    private final LongFieldReader receivedAt = LongFieldReader.of(Submission.getClassSchema(), "receivedAt");

    @Test
    void readsTheFieldPastTheStringsBeforeItOfEveryRecord() {
        AvroSerde<Submission> serde = AvroSerde.of(Submission.class);

        assertThat(receivedAt.read(serde.toBytes(submission("s-1", "区审计局", 1_700_000_000_000L)))).isEqualTo(1_700_000_000_000L);
        assertThat(receivedAt.read(serde.toBytes(submission("s-22", "某某县人民政府办公室", 1_800_000_000_123L))))
                .isEqualTo(1_800_000_000_123L);
    }

    @Test
    void readsARecordAnOlderVersionOfTheSchemaWrote() throws IOException {
        Schema first = SchemaHistory.versionsOf("Submission").get(0);
        GenericRecord old = new GenericData.Record(first);
        first.getFields().forEach(field -> old.put(field.name(), field.schema().getType() == Schema.Type.STRING ? "x" : null));
        old.put("receivedAt", 1_600_000_000_000L);
        old.put("content", ByteBuffer.wrap("一、工作".getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new BinaryMessageEncoder<GenericRecord>(GenericData.get(), first).encode(old, bytes);

        assertThat(receivedAt.read(bytes.toByteArray())).isEqualTo(1_600_000_000_000L);
    }

    @Test
    void refusesAFieldThatIsNotALongAndBytesThatAreNotARecord() {
        assertThatThrownBy(() -> LongFieldReader.of(Submission.getClassSchema(), "office")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> receivedAt.read("not avro".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class).hasMessageContaining("receivedAt");
    }

    private static Submission submission(String id, String office, long receivedAtMillis) {
        return Submission.newBuilder()
                .setSubmissionId(id).setContentHash("sha256:ab").setOffice(office).setFileName("a.txt")
                .setReceivedAt(Instant.ofEpochMilli(receivedAtMillis)).setDetectedEncoding("GB18030")
                .setContent(ByteBuffer.wrap("一、工作".getBytes(StandardCharsets.UTF_8))).build();
    }
}
