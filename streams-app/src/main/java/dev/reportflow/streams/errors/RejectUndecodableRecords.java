package dev.reportflow.streams.errors;

import dev.reportflow.schemas.RejectionReason;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** A record that is not a valid Avro Submission becomes a CORRUPT_RECORD rejection; the topology goes on. */
public final class RejectUndecodableRecords implements DeserializationExceptionHandler {

    private final DeadLetters deadLetters = new DeadLetters();

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        return Response.resume(deadLetters.reject(context, RejectionReason.CORRUPT_RECORD,
                "The record is not a readable submission (" + exception.getMessage() + "). Submit it again with "
                        + "the reportflow client.", record.value(), exception));
    }
}
