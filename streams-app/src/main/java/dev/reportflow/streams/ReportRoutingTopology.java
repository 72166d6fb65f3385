package dev.reportflow.streams;

import dev.reportflow.config.AppConfig;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.errors.Rejections;
import dev.reportflow.streams.intake.Outcome;
import dev.reportflow.streams.intake.SubmissionValidator;
import dev.reportflow.streams.intake.ValidateAndDeduplicate;
import dev.reportflow.streams.routing.ClassifyProcessor;
import dev.reportflow.streams.routing.DepartmentTopics;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * intake → validate-and-deduplicate → classify (with the routing-rules global table) → split:
 * rejections to the rejected topic; reports to the classified topic; deliveries to
 * {@code routed.<department>}. Every submission leaves by exactly one of the rejected or
 * classified sinks.
 */
public final class ReportRoutingTopology {

    private ReportRoutingTopology() {
    }

    public static Topology build(AppConfig config) {
        Topics topics = Topics.from(config.asMap());
        SubmissionValidator validator = new SubmissionValidator(config.getLong("reportflow.submission.max-bytes"));
        Duration dedupeTtl = Duration.parse(config.get("reportflow.dedupe.ttl"));

        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(ValidateAndDeduplicate.DEDUPE_STORE, dedupeTtl, Duration.ofMillis(1), false),
                Serdes.String(), AvroSerde.of(FirstSubmission.class)));
        builder.globalTable(topics.routingRules(),
                Consumed.with(Serdes.String(), AvroSerde.of(RoutingRule.class)).withName("routing-rules-source"),
                Materialized.as(ClassifyProcessor.RULES_STORE));

        KStream<String, Outcome> outcomes = builder
                .stream(topics.submitted(), Consumed.with(Serdes.String(), AvroSerde.of(Submission.class)).withName("intake-source"))
                .process(() -> new ValidateAndDeduplicate(validator, dedupeTtl), Named.as("validate-and-deduplicate"),
                        ValidateAndDeduplicate.DEDUPE_STORE)
                .process(ClassifyProcessor::new, Named.as("classify"), ValidateAndDeduplicate.DEDUPE_STORE);

        Map<String, KStream<String, Outcome>> branches = outcomes.split(Named.as("outcome-"))
                .branch((key, outcome) -> outcome instanceof Outcome.Rejected, Branched.as("rejected"))
                .defaultBranch(Branched.as("classified"));

        branches.get("outcome-rejected")
                .map((key, outcome) -> KeyValue.pair(Rejections.key(((Outcome.Rejected) outcome).rejection()),
                        ((Outcome.Rejected) outcome).rejection()), Named.as("rejection-by-submission"))
                .to(topics.rejected(), Produced.with(Serdes.String(), AvroSerde.of(Rejection.class)).withName("rejected-sink"));

        KStream<String, Outcome.Classified> classified = branches.get("outcome-classified")
                .mapValues(outcome -> (Outcome.Classified) outcome, Named.as("as-classified"));
        classified
                .flatMap((key, outcome) -> outcome.reports().stream()
                        .map(report -> KeyValue.pair(report.getReportId(), report)).toList(), Named.as("reports"))
                .to(topics.classified(), Produced.with(Serdes.String(), AvroSerde.of(ClassifiedReport.class)).withName("classified-sink"));
        classified
                .flatMap((key, outcome) -> outcome.deliveries().stream()
                        .map(delivery -> KeyValue.pair(delivery.getDeliveryId(), delivery)).toList(), Named.as("deliveries"))
                .to(new DepartmentTopics(topics), Produced.with(Serdes.String(), AvroSerde.of(RoutedSection.class)).withName("routed-sink"));

        return builder.build();
    }
}
