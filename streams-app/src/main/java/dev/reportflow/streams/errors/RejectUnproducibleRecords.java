package dev.reportflow.streams.errors;

import dev.reportflow.schemas.RejectionReason;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Output Kafka refuses for good (too large, invalid, to a topic name it cannot have, unserialisable) becomes a rejection of the
 * submission it came from; anything else fails the task so that exactly-once recovery retries it.
 * With the shipped limits this cannot happen (a submission is at most
 * {@code reportflow.submission.max-bytes}, half the producer's {@code max.request.size}); if a
 * misconfiguration lets it, some of the submission's copies may already be in the transaction, and
 * the rejection then says which output failed rather than the task dying on the record forever.
 */
public final class RejectUnproducibleRecords implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RejectUnproducibleRecords.class);

    private final DeadLetters deadLetters = new DeadLetters();

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (deadLetters.isRejectedTopic(record.topic())) {
            // The dead letter itself was refused; writing another would loop. Rejections are cut to
            // fit, so this is a misconfigured topic: log it and go on rather than stop the partition.
            LOG.error("Kafka refused a dead letter for {}: {}", record.topic(), exception.toString());
            return Response.resume();
        }
        if (exception instanceof RecordTooLargeException || exception instanceof InvalidRecordException
                || exception instanceof InvalidTopicException) {
            return Response.resume(deadLetters.reject(context, RejectionReason.PROCESSING_ERROR,
                    "Kafka refused the output for topic " + record.topic() + ": " + exception.getMessage(),
                    context.sourceRawValue(), exception));
        }
        return Response.fail();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        return Response.resume(deadLetters.reject(context, RejectionReason.PROCESSING_ERROR,
                "The output for topic " + record.topic() + " could not be serialised: " + exception.getMessage(),
                context.sourceRawValue(), exception));
    }
}
