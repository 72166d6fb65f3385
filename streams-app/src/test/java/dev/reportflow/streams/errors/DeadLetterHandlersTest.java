package dev.reportflow.streams.errors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.decision.records.Rejections;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RejectionReason;
import dev.reportflow.schemas.Submission;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/**
 * What each exception handler turns a failure into: a Rejection on the configured rejected topic,
 * carrying the reason, a message, the source record's raw bytes and coordinates. (That Kafka
 * Streams writes these dead letters is shown on a real broker in PipelineIT.)
 */
class DeadLetterHandlersTest {

    private static final byte[] RAW_KEY = "sha256:abc".getBytes(StandardCharsets.UTF_8);
    private static final byte[] RAW_VALUE = "the original bytes".getBytes(StandardCharsets.UTF_8);
    private static final Map<String, Object> CONFIG = Map.of("reportflow.topics.rejected", "test.rejected");
    private final AvroSerde<Rejection> rejections = AvroSerde.of(Rejection.class);

    @Test
    void anUndecodableRecordBecomesACorruptRecordRejection() {
        RejectUndecodableRecords handler = new RejectUndecodableRecords();
        handler.configure(CONFIG);

        DeserializationExceptionHandler.Response response = handler.handleError(context("intake-source"),
                new ConsumerRecord<>("reports.submitted", 2, 41L, RAW_KEY, RAW_VALUE), new IllegalStateException("bad magic"));

        Rejection rejection = single(response.deadLetterQueueRecords());
        assertThat(response.result()).isEqualTo(DeserializationExceptionHandler.Result.RESUME);
        assertThat(rejection.getReason()).isEqualTo(RejectionReason.CORRUPT_RECORD);
        assertThat(rejection.getMessage()).contains("bad magic");
    }

    @Test
    void anExceptionWhileProcessingRejectsThatSubmissionOnly() {
        RejectFailedProcessing handler = new RejectFailedProcessing();
        handler.configure(CONFIG);

        ProcessingExceptionHandler.Response response = handler.handleError(context("classify"),
                new Record<>("k", "v", 0L), new IllegalStateException("boom"));

        Rejection rejection = single(response.deadLetterQueueRecords());
        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        assertThat(rejection.getReason()).isEqualTo(RejectionReason.PROCESSING_ERROR);
        assertThat(rejection.getMessage()).contains("classify").contains("IllegalStateException");
    }

    @Test
    void outputKafkaRefusesForGoodRejectsTheSubmissionButATransientErrorFailsTheTask() {
        RejectUnproducibleRecords handler = new RejectUnproducibleRecords();
        handler.configure(CONFIG);
        ProducerRecord<byte[], byte[]> output = new ProducerRecord<>("routed.finance", new byte[1]);

        ProductionExceptionHandler.Response tooLarge = handler.handleError(context("routed-sink"), output,
                new RecordTooLargeException("too large"));
        ProductionExceptionHandler.Response timeout = handler.handleError(context("routed-sink"), output,
                new TimeoutException("slow"));

        assertThat(tooLarge.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(single(tooLarge.deadLetterQueueRecords()).getMessage()).contains("routed.finance");
        assertThat(timeout.result()).isEqualTo(ProductionExceptionHandler.Result.FAIL);
        assertThat(timeout.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void aFailureOnAReadableSubmissionNamesItSoThatTheOfficeCanTraceIt() {
        Submission submission = Submission.newBuilder().setSubmissionId("sub-7").setContentHash("sha256:00")
                .setOffice("区审计局").setFileName("a.txt").setReceivedAt(java.time.Instant.EPOCH)
                .setDetectedEncoding("UTF-8").setContent(java.nio.ByteBuffer.wrap(RAW_VALUE)).build();
        byte[] raw = AvroSerde.of(Submission.class).toBytes(submission);
        RejectFailedProcessing handler = new RejectFailedProcessing();
        handler.configure(CONFIG);

        ProcessingExceptionHandler.Response response = handler.handleError(context("classify", raw),
                new Record<>("k", "v", 0L), new IllegalStateException("boom"));

        ProducerRecord<byte[], byte[]> deadLetter = response.deadLetterQueueRecords().get(0);
        Rejection rejection = rejections.fromBytes(deadLetter.value());
        assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("sub-7");
        assertThat(rejection.getSubmissionId()).isEqualTo("sub-7");
        assertThat(rejection.getOffice()).isEqualTo("区审计局");
        assertThat(rejection.getOriginalBytes().array()).isEqualTo(RAW_VALUE);
    }

    @Test
    void aDeadLetterForAnOversizedRecordKeepsItsFirstMebibyteItsSizeAndItsHashSoThatItFitsTheTopic() {
        byte[] garbage = new byte[8_388_450];
        new java.util.Random(7).nextBytes(garbage);
        RejectUndecodableRecords handler = new RejectUndecodableRecords();
        handler.configure(CONFIG);

        ProducerRecord<byte[], byte[]> deadLetter = handler.handleError(context("intake-source", garbage),
                new ConsumerRecord<>("reports.submitted", 2, 41L, RAW_KEY, garbage), new IllegalStateException("bad magic"))
                .deadLetterQueueRecords().get(0);

        Rejection rejection = rejections.fromBytes(deadLetter.value());
        assertThat(deadLetter.value().length).isLessThan(Rejections.MAX_ORIGINAL_BYTES + 64 * 1024);
        assertThat(rejection.getOriginalTruncated()).isTrue();
        assertThat(rejection.getOriginalSize()).isEqualTo(garbage.length);
        assertThat(rejection.getOriginalBytes().remaining()).isEqualTo(Rejections.MAX_ORIGINAL_BYTES);
        assertThat(rejection.getOriginalSha256())
                .isEqualTo(dev.reportflow.classifier.text.ContentHash.ofBytes(java.nio.ByteBuffer.wrap(garbage)));
    }

    @Test
    void aFailureWithoutASourceTopicStillGivesADeadLetter() {
        RejectFailedProcessing handler = new RejectFailedProcessing();
        handler.configure(CONFIG);
        ErrorHandlerContext noTopic = new ErrorHandlerContext() {
            @Override public String topic() { return null; }
            @Override public int partition() { return -1; }
            @Override public long offset() { return -1L; }
            @Override public Headers headers() { return new RecordHeaders(); }
            @Override public String processorNodeId() { return "classify"; }
            @Override public TaskId taskId() { return new TaskId(1, 2); }
            @Override public long timestamp() { return 0L; }
            @Override public byte[] sourceRawKey() { return null; }
            @Override public byte[] sourceRawValue() { return null; }
        };

        ProcessingExceptionHandler.Response response = handler.handleError(noTopic, new Record<>("k", "v", 0L),
                new IllegalStateException("boom"));

        assertThat(response.result()).isEqualTo(ProcessingExceptionHandler.Result.RESUME);
        assertThat(rejections.fromBytes(response.deadLetterQueueRecords().get(0).value()).getSource().getTopic())
                .isEqualTo("unknown");
    }

    @Test
    void aRefusedDeadLetterIsNotRetriedAsAnotherDeadLetter() {
        RejectUnproducibleRecords handler = new RejectUnproducibleRecords();
        handler.configure(CONFIG);

        ProductionExceptionHandler.Response response = handler.handleError(context("rejected-sink"),
                new ProducerRecord<>("test.rejected", new byte[1]), new RecordTooLargeException("too large"));

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
    }

    @Test
    void outputToATopicNameKafkaRefusesRejectsTheSubmission() {
        RejectUnproducibleRecords handler = new RejectUnproducibleRecords();
        handler.configure(CONFIG);

        ProductionExceptionHandler.Response response = handler.handleError(context("routed-sink"),
                new ProducerRecord<>("routed.bad code!<x>", new byte[1]),
                new org.apache.kafka.common.errors.InvalidTopicException("bad name"));

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(single(response.deadLetterQueueRecords()).getReason()).isEqualTo(RejectionReason.PROCESSING_ERROR);
    }

    private Rejection single(List<ProducerRecord<byte[], byte[]>> deadLetters) {
        assertThat(deadLetters).hasSize(1);
        ProducerRecord<byte[], byte[]> deadLetter = deadLetters.get(0);
        assertThat(deadLetter.topic()).isEqualTo("test.rejected");
        assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("reports.submitted-2@41");
        Rejection rejection = rejections.fromBytes(deadLetter.value());
        assertThat(rejection.getOriginalBytes().array()).isEqualTo(RAW_VALUE);
        assertThat(rejection.getSource().getTopic()).isEqualTo("reports.submitted");
        assertThat(rejection.getSource().getPartition()).isEqualTo(2);
        assertThat(rejection.getSource().getOffset()).isEqualTo(41L);
        return rejection;
    }

    private static ErrorHandlerContext context(String node) {
        return context(node, RAW_VALUE);
    }

    private static ErrorHandlerContext context(String node, byte[] rawValue) {
        return new ErrorHandlerContext() {
            @Override public String topic() { return "reports.submitted"; }
            @Override public int partition() { return 2; }
            @Override public long offset() { return 41L; }
            @Override public Headers headers() { return new RecordHeaders(); }
            @Override public String processorNodeId() { return node; }
            @Override public TaskId taskId() { return new TaskId(1, 2); }
            @Override public long timestamp() { return 0L; }
            @Override public byte[] sourceRawKey() { return RAW_KEY; }
            @Override public byte[] sourceRawValue() { return rawValue; }
        };
    }
}
