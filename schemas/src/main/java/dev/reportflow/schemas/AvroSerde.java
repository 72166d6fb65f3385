package dev.reportflow.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A Serde for generated Avro classes that needs no schema registry: values are written in Avro's
 * single-object encoding (a two-byte marker, the writer schema's 64-bit fingerprint, then the body),
 * and read with a decoder that knows the current schema and every committed earlier version
 * ({@link SchemaHistory}), so records written by older producers still decode.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T>, Serializer<T>, Deserializer<T> {

    static {
        // Avro 1.12.2 refuses to instantiate classes it does not trust; our generated records are safe.
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                ClassSecurityValidator.getGlobal(),
                type -> type.getPackageName().equals(AvroSerde.class.getPackageName())));
    }

    /**
     * One growable buffer per thread, reused across records: a record is then copied once, into
     * its byte[], instead of into a fresh buffer, a ByteBuffer and the byte[].
     */
    private static final ThreadLocal<ByteArrayOutputStream> BUFFERS = ThreadLocal.withInitial(ByteArrayOutputStream::new);

    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;

    private AvroSerde(Class<T> type) {
        this.type = type;
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = model.getSchema(type);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema);
        SchemaHistory.versionsOf(schema.getName()).forEach(decoder::addSchema);
    }

    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
        return new AvroSerde<>(type);
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        try {
            ByteArrayOutputStream buffer = BUFFERS.get();
            buffer.reset();
            encoder.encode(record, buffer);
            return buffer.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot encode " + type.getSimpleName() + " for topic " + topic, e);
        }
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return decoder.decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Not a valid " + type.getSimpleName() + " record on topic " + topic
                    + " (" + bytes.length + " bytes): " + e.getMessage(), e);
        }
    }

    /** Encodes without a topic, for hashing and for tests. */
    public byte[] toBytes(T record) {
        return serialize(null, record);
    }

    /** Decodes without a topic, for tools reading raw bytes. */
    public T fromBytes(byte[] bytes) {
        return deserialize(null, bytes);
    }

    @Override
    public Serializer<T> serializer() {
        return this;
    }

    @Override
    public Deserializer<T> deserializer() {
        return this;
    }

    @Override
    public void configure(java.util.Map<String, ?> configs, boolean isKey) {
        // Nothing to configure: the schema comes from the generated class.
    }

    @Override
    public void close() {
        // Nothing to release: encoder and decoder hold no resources.
    }
}
