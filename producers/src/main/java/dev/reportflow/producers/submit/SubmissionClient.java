package dev.reportflow.producers.submit;

import dev.reportflow.config.AppConfig;
import dev.reportflow.documents.DocumentLimits;
import dev.reportflow.documents.DocumentReader;
import dev.reportflow.documents.DocumentText;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.SubmissionIds;
import dev.reportflow.schemas.Topics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The office's side of intake: checks a file can be read as a report's text, then publishes it
 * unchanged to the intake topic with an idempotent, acks=all producer, keyed by the text's content
 * hash (so copies of one text meet in one partition, where the pipeline recognises duplicates).
 */
public final class SubmissionClient implements AutoCloseable {

    public static final String CONFIG_RESOURCE = "reportflow-submit.properties";
    public static final String CLIENT_VERSION = "reportflow-submit/0.1";

    private final Producer<String, Submission> producer;
    private final String topic;
    private final long maxBytes;
    private final DocumentLimits documentLimits;
    private final Clock clock;

    public SubmissionClient(AppConfig config) {
        this(new KafkaProducer<>(config.kafkaProperties(), new StringSerializer(),
                AvroSerde.of(Submission.class).serializer()), config, Clock.systemUTC());
    }

    SubmissionClient(Producer<String, Submission> producer, AppConfig config, Clock clock) {
        this.producer = producer;
        this.topic = Topics.from(config.asMap()).submitted();
        this.maxBytes = config.getLong("reportflow.submission.max-bytes");
        // The same limits as the streams app, so that a file the pipeline would refuse is refused here, before sending.
        this.documentLimits = DocumentLimits.from(config.asMap());
        this.clock = clock;
    }

    public Receipt submit(String office, Path file, String declaredEncoding) throws SubmissionRefusedException {
        byte[] content;
        try {
            long size = Files.size(file);
            refuseIfOversized(size);
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SubmissionRefusedException("UNREADABLE", "Cannot read " + file + ": " + e.getMessage());
        }
        return submit(office, file.getFileName().toString(), content, declaredEncoding);
    }

    public Receipt submit(String office, String fileName, byte[] content, String declaredEncoding)
            throws SubmissionRefusedException {
        if (office == null || office.isBlank()) {
            throw new SubmissionRefusedException("NO_OFFICE", "Say which office submits (--office).");
        }
        refuseIfOversized(content.length);
        DocumentText document = DocumentReader.read(fileName, content, declaredEncoding, documentLimits);
        if (!document.isOk()) {
            throw new SubmissionRefusedException(document.failure().name(), document.message());
        }
        Submission submission = Submission.newBuilder()
                .setSubmissionId("sub-" + UUID.randomUUID())
                .setContentHash(document.contentHash())
                .setOffice(office.strip())
                .setFileName(fileName)
                .setReceivedAt(Instant.now(clock))
                .setDeclaredEncoding(declaredEncoding)
                .setDetectedEncoding(document.encoding())
                .setContentType(document.contentType())
                .setContent(ByteBuffer.wrap(content))
                .setClientVersion(CLIENT_VERSION)
                .build();
        RecordMetadata metadata = send(submission);
        // The streams app names the submission by where the broker put it, whatever id the client wrote.
        return new Receipt(fileName, SubmissionIds.of(metadata.partition(), metadata.offset()), submission.getContentHash(), document.encoding(),
                metadata.topic(), metadata.partition(), metadata.offset(), Instant.ofEpochMilli(metadata.timestamp()));
    }

    private RecordMetadata send(Submission submission) throws SubmissionRefusedException {
        try {
            return producer.send(new ProducerRecord<>(topic, submission.getContentHash(), submission)).get();
        } catch (ExecutionException e) {
            throw new SubmissionRefusedException("NOT_DELIVERED",
                    "Kafka did not accept the submission: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SubmissionRefusedException("NOT_DELIVERED", "Interrupted while sending");
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new SubmissionRefusedException("NOT_DELIVERED", "Kafka did not accept the submission: " + e.getMessage());
        }
    }

    private void refuseIfOversized(long size) throws SubmissionRefusedException {
        if (size > maxBytes) {
            throw new SubmissionRefusedException("OVERSIZED", "The file has " + size + " bytes; the limit is " + maxBytes
                    + ". Split a compilation into smaller files.");
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
