package dev.reportflow.streams.errors;

import dev.reportflow.schemas.RejectionReason;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/** An exception while processing a submission rejects that submission (PROCESSING_ERROR), not the topology. */
public final class RejectFailedProcessing implements ProcessingExceptionHandler {

    private final DeadLetters deadLetters = new DeadLetters();

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters.configure(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        return Response.resume(deadLetters.reject(context, RejectionReason.PROCESSING_ERROR,
                "reportflow failed on this submission at step '" + context.processorNodeId() + "' ("
                        + exception.getClass().getSimpleName() + "). It was logged; send the file again later.",
                context.sourceRawValue(), exception));
    }
}
