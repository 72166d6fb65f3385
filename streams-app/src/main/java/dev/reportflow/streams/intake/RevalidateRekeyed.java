package dev.reportflow.streams.intake;

import dev.reportflow.decision.Decider;
import dev.reportflow.decision.Outcome;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.Submission;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * A submission back from the re-keying topic, now in its content hash's partition: read again (the
 * topic carries the submission, not its decoded text, to keep the copy small) and named by its
 * original intake coordinates, which {@link ValidateSubmission} put in a header.
 */
public final class RevalidateRekeyed implements Processor<String, Submission, String, Outcome> {

    private final Decider decider;
    private final String intakeTopic;
    private ProcessorContext<String, Outcome> context;

    public RevalidateRekeyed(Decider decider, String intakeTopic) {
        this.decider = decider;
        this.intakeTopic = intakeTopic;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Submission> record) {
        Header intake = record.headers().lastHeader(ValidateSubmission.INTAKE_OFFSET_HEADER);
        String[] partitionAndOffset = new String(intake.value(), StandardCharsets.US_ASCII).split(":");
        KafkaCoordinates source = new KafkaCoordinates(intakeTopic, Integer.parseInt(partitionAndOffset[0]),
                Long.parseLong(partitionAndOffset[1]));
        context.forward(record.withValue(decider.check(record.value(), source,
                Instant.ofEpochMilli(context.currentSystemTimeMs()))));
    }
}
