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

    /** The records serdes made by {@link #encodingOnce} encoded last on this thread, with their bytes. */
    private static final ThreadLocal<RecentEncodings> RECENT = ThreadLocal.withInitial(RecentEncodings::new);

    private final Class<T> type;
    private final BinaryMessageEncoder<T> encoder;
    private final BinaryMessageDecoder<T> decoder;
    private final boolean encodingOnce;

    private AvroSerde(Class<T> type, boolean encodingOnce) {
        this.type = type;
        this.encodingOnce = encodingOnce;
        SpecificData model = SpecificData.getForClass(type);
        Schema schema = model.getSchema(type);
        this.encoder = new BinaryMessageEncoder<>(model, schema);
        this.decoder = new BinaryMessageDecoder<>(model, schema);
        SchemaHistory.versionsOf(schema.getName()).forEach(decoder::addSchema);
    }

    public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
        return new AvroSerde<>(type, false);
    }

    /**
     * A serde that encodes a record once for all the serdes made by this method on a thread: given
     * the very record (the same object) that one of them encoded lately, it returns the same bytes.
     * For a record that goes both into a state store (and so its changelog) and to an output topic,
     * as the streams app's decisions do: encoding is the stream thread's largest share after the
     * classifier on real-shape reports, and encoding twice allocated 15 KB more per report
     * (docs/benchmarks.md, "Session 6"). Only for records that are not changed once encoded.
     */
    public static <T extends SpecificRecord> AvroSerde<T> encodingOnce(Class<T> type) {
        return new AvroSerde<>(type, true);
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        RecentEncodings recent = encodingOnce ? RECENT.get() : null;
        byte[] encoded = recent == null ? null : recent.bytesOf(record);
        if (encoded != null) {
            return encoded;
        }
        try {
            ByteArrayOutputStream buffer = BUFFERS.get();
            buffer.reset();
            encoder.encode(record, buffer);
            encoded = buffer.toByteArray();
            if (recent != null) {
                recent.add(record, encoded);
            }
            return encoded;
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

    /**
     * The last records encoded, by identity, and their bytes: enough for every copy one submission
     * routes (a record is put into its store and sent to its topic within the same submission's
     * processing), too few to keep much alive. Kafka neither changes the bytes it is given nor keeps
     * them beyond the send, so the same array can go to a store and to a topic.
     */
    private static final class RecentEncodings {

        private static final int SIZE = 64;
        private final Object[] records = new Object[SIZE];
        private final byte[][] bytes = new byte[SIZE][];
        private int next;

        byte[] bytesOf(Object record) {
            for (int i = 0; i < SIZE; i++) {
                if (records[i] == record) {
                    return bytes[i];
                }
            }
            return null;
        }

        void add(Object record, byte[] encoded) {
            records[next] = record;
            bytes[next] = encoded;
            next = (next + 1) % SIZE;
        }
    }
}
