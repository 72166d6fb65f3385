package dev.reportflow.producers.submit;

import dev.reportflow.config.AppConfig;
import dev.reportflow.documents.DocumentFailure;
import dev.reportflow.documents.DocumentLimits;
import dev.reportflow.documents.DocumentReader;
import dev.reportflow.documents.DocumentText;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.OfficeName;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.SubmissionIds;
import dev.reportflow.schemas.Topics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
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
 * Its refusals speak to the office: in Simplified Chinese first, then in English.
 */
public final class SubmissionClient implements AutoCloseable {

    public static final String CONFIG_RESOURCE = "reportflow-submit.properties";
    public static final String CLIENT_VERSION = "reportflow-submit/0.1";
    private static final String NOT_DELIVERED = "报送暂未成功，文件没有保存。";

    private final Producer<String, Submission> producer;
    private final String topic;
    private final long maxBytes;
    private final int maxOfficeChars;
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
        this.maxOfficeChars = config.getInt(OfficeName.MAX_CHARS_PROPERTY);
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
            throw new SubmissionRefusedException("UNREADABLE", "无法读取文件。 Cannot read " + file + ": " + e.getMessage());
        }
        return submit(office, file.getFileName().toString(), content, declaredEncoding);
    }

    public Receipt submit(String office, String fileName, byte[] content, String declaredEncoding)
            throws SubmissionRefusedException {
        checkOffice(office);
        refuseIfOversized(content.length);
        DocumentText document = DocumentReader.read(fileName, content, declaredEncoding, documentLimits);
        if (!document.isOk()) {
            // Some messages are written Chinese first already (NO_TEXT_LAYER's); those are not said twice.
            String message = chineseFirst(document.message()) ? document.message()
                    : inChinese(document.failure()) + " " + document.message();
            throw new SubmissionRefusedException(document.failure().name(), message);
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
                    NOT_DELIVERED + " Kafka did not accept the submission: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SubmissionRefusedException("NOT_DELIVERED", NOT_DELIVERED + " Interrupted while sending");
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new SubmissionRefusedException("NOT_DELIVERED", NOT_DELIVERED + " Kafka did not accept the submission: " + e.getMessage());
        }
    }

    /**
     * Refuses an office name that is blank ({@code NO_OFFICE}), longer than
     * {@code reportflow.submission.max-office-chars} or holding control characters ({@code INVALID_OFFICE}).
     * The name is chosen by its sender and printed later on supervisors' terminals and in logs, so it
     * must be one line of ordinary characters of bounded length. The refusals do not repeat the name,
     * which may be megabytes long or carry escape sequences.
     */
    public void checkOffice(String office) throws SubmissionRefusedException {
        var problem = OfficeName.problem(office, maxOfficeChars);
        if (problem.isPresent()) {
            throw new SubmissionRefusedException(problem.get().code(), problem.get().message());
        }
    }

    private void refuseIfOversized(long size) throws SubmissionRefusedException {
        if (size > maxBytes) {
            throw new SubmissionRefusedException("OVERSIZED", "上传的文件超过大小上限（" + sizeText(maxBytes) + "）。 The file has "
                    + size + " bytes; the limit is " + maxBytes + ". Split a compilation into smaller files.");
        }
    }

    /** A byte count as an office would say it: {@code 4 MiB}, {@code 293 KiB}. */
    public static String sizeText(long bytes) {
        if (bytes >= 1024 * 1024) {
            double mebibytes = bytes / (1024.0 * 1024);
            return (mebibytes == Math.rint(mebibytes) ? String.valueOf((long) mebibytes) : String.format(Locale.ROOT, "%.1f", mebibytes)) + " MiB";
        }
        return bytes >= 1024 ? Math.round(bytes / 1024.0) + " KiB" : bytes + " 字节";
    }

    /** A Chinese character among the first few: "PDF 文件没有…" is, "The file is named…" is not. */
    private static boolean chineseFirst(String message) {
        return message.codePoints().limit(8).anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String inChinese(DocumentFailure failure) {
        return switch (failure) {
            case EMPTY -> "上传的文件是空的。";
            case BINARY -> "上传的文件不是文本文件，也不是 Word、WPS、PDF 或 OFD 文档。";
            case UNKNOWN_ENCODING -> "无法识别文件的文字编码，请使用 UTF-8 或 GB18030/GBK。";
            case UNREADABLE_DOCUMENT -> "文件已损坏、加密或与其名称不符，无法读取。";
            case OVERSIZED -> "文件解压后过大，请去掉嵌入对象后重新保存，或改为报送 .txt 文本。";
            case TOO_MANY_LINES -> "文件行数（段落数）或页数超过上限，请将汇编拆分后分别报送。";
            case NO_TEXT_LAYER -> "文件没有可提取的文字（可能是扫描件），请报送 Word 文件或由 Word、WPS 导出的 PDF。";
        };
    }

    @Override
    public void close() {
        producer.close();
    }
}
