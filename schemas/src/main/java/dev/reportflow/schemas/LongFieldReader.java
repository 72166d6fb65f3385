package dev.reportflow.schemas;

import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Reads one long field (a time, a count) of records in {@link AvroSerde}'s encoding without
 * decoding the others: the record is read against a schema of that field alone, so Avro skips the
 * rest (a string by its length, without decoding it). Records of every committed version
 * ({@link SchemaHistory}) are read. For a scan that needs one field of many stored records, as the
 * streams app's sweep of its remembered reports by age: on real-shape reports 4.3 µs a record
 * against 11 µs for a full decode (docs/benchmarks.md, "The decisions stores' retention").
 * One instance per thread: it reuses its record.
 */
public final class LongFieldReader {

    private final String field;
    private final BinaryMessageDecoder<GenericRecord> decoder;
    private GenericRecord reuse;

    private LongFieldReader(Schema schema, String field) {
        Schema.Field wanted = schema.getField(field);
        if (wanted == null || wanted.schema().getType() != Schema.Type.LONG) {
            throw new IllegalArgumentException(schema.getFullName() + " has no long field " + field);
        }
        this.field = field;
        Schema fieldAlone = SchemaBuilder.record(schema.getName()).namespace(schema.getNamespace()).fields()
                .name(field).type(wanted.schema()).noDefault()
                .endRecord();
        this.decoder = new BinaryMessageDecoder<>(GenericData.get(), fieldAlone);
        decoder.addSchema(schema);
        SchemaHistory.versionsOf(schema.getName()).forEach(decoder::addSchema);
    }

    /** A reader of {@code field} of the records of {@code schema}, a generated class's schema. */
    public static LongFieldReader of(Schema schema, String field) {
        return new LongFieldReader(schema, field);
    }

    public long read(byte[] encoded) {
        try {
            reuse = decoder.decode(encoded, reuse);
            return (Long) reuse.get(0);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot read " + field + " of a record (" + encoded.length + " bytes): " + e.getMessage(), e);
        }
    }
}
