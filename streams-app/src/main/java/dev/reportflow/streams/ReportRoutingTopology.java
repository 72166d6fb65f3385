package dev.reportflow.streams;

import dev.reportflow.config.AppConfig;
import dev.reportflow.decision.Decider;
import dev.reportflow.decision.DecisionSettings;
import dev.reportflow.decision.Outcome;
import dev.reportflow.decision.records.Rejections;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.FirstSubmission;
import dev.reportflow.schemas.Rejection;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.RoutingCorrection;
import dev.reportflow.schemas.RoutingRule;
import dev.reportflow.schemas.Submission;
import dev.reportflow.schemas.Topics;
import dev.reportflow.streams.corrections.ApplyCorrection;
import dev.reportflow.streams.corrections.ForgetOldDecisions;
import dev.reportflow.streams.corrections.RememberDecisions;
import dev.reportflow.streams.intake.Deduplicate;
import dev.reportflow.streams.intake.IntakePlacement;
import dev.reportflow.streams.intake.Misplaced;
import dev.reportflow.streams.intake.RevalidateRekeyed;
import dev.reportflow.streams.intake.ValidateSubmission;
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
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * intake → validate (assign id and receive time, recompute the content hash) → [re-key the
 * misplaced through an internal topic] → deduplicate → classify (with the routing-rules global
 * table) → remember the decisions → split: rejections to the rejected topic; reports to the
 * classified topic; deliveries to {@code routed.<department>}. Every submission leaves by exactly
 * one of the rejected or classified sinks. Corrections (keyed by content hash, like the intake, so
 * that they reach the task that remembers their report) are applied to the remembered decisions
 * and leave by the same sinks: corrected reports, new copies and retractions, or a rejection. The
 * remembered decisions are forgotten once the correction window is past (a sweep of the reports'
 * store in the processor that remembers them, {@link ForgetOldDecisions}).
 * What becomes of a submission is the decision core's ({@link Decider}), which replay also runs; the
 * processors here do the store work around it.
 */
public final class ReportRoutingTopology {

    /** The internal topic that takes misplaced submissions to their content hash's partition. */
    public static final String REKEY_TOPIC = "submissions-by-content-hash";

    private ReportRoutingTopology() {
    }

    /**
     * @param intakePartitions the intake topic's partition count: a submission is in place when it is
     *                         in the partition Kafka's partitioner gives its content hash
     */
    public static Topology build(AppConfig config, int intakePartitions) {
        Topics topics = Topics.from(config.asMap());
        Decider decider = new Decider(DecisionSettings.from(config.asMap()));
        IntakePlacement placement = new IntakePlacement(intakePartitions);
        Duration dedupeTtl = decider.settings().dedupeTtl();
        Duration correctionWindow = Duration.parse(config.get(ForgetOldDecisions.WINDOW));
        AvroSerde<Submission> submissions = AvroSerde.of(Submission.class);

        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(Deduplicate.DEDUPE_STORE, dedupeTtl, Duration.ofMillis(1), false),
                Serdes.String(), AvroSerde.of(FirstSubmission.class)));
        builder.globalTable(topics.routingRules(),
                Consumed.with(Serdes.String(), AvroSerde.of(RoutingRule.class)).withName("routing-rules-source"),
                Materialized.as(ClassifyProcessor.RULES_STORE));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RememberDecisions.CURRENT_DELIVERIES),
                Serdes.String(), AvroSerde.encodingOnce(RoutedSection.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(RememberDecisions.CURRENT_REPORTS),
                Serdes.String(), Serdes.ByteArray()));

        Map<String, KStream<String, Outcome>> validated = builder
                .stream(topics.submitted(), Consumed.with(Serdes.String(), submissions).withName("intake-source"))
                .process(() -> new ValidateSubmission(decider, placement), Named.as("validate"))
                .split(Named.as("validated-"))
                .branch((key, outcome) -> outcome instanceof Misplaced, Branched.as("misplaced"))
                .defaultBranch(Branched.as("in-place"));
        KStream<String, Outcome> rekeyed = validated.get("validated-misplaced")
                .mapValues(outcome -> ((Misplaced) outcome).submission(), Named.as("misplaced-submission"))
                .repartition(Repartitioned.with(Serdes.String(), submissions).withName(REKEY_TOPIC)
                        .withNumberOfPartitions(intakePartitions))
                .process(() -> new RevalidateRekeyed(decider, topics.submitted()), Named.as("revalidate-rekeyed"));

        KStream<String, Outcome> outcomes = validated.get("validated-in-place")
                .merge(rekeyed, Named.as("by-content-hash"))
                .process(() -> new Deduplicate(decider), Named.as("deduplicate"), Deduplicate.DEDUPE_STORE)
                .process(() -> new ClassifyProcessor(decider), Named.as("classify"), Deduplicate.DEDUPE_STORE)
                .process(() -> new RememberDecisions(correctionWindow, ForgetOldDecisions.MAX_ENTRIES), Named.as("remember-decisions"),
                        RememberDecisions.CURRENT_DELIVERIES, RememberDecisions.CURRENT_REPORTS);
        KStream<String, Outcome> corrected = builder
                .stream(topics.corrections(), Consumed.with(Serdes.String(), AvroSerde.of(RoutingCorrection.class))
                        .withName("corrections-source"))
                .process(() -> new ApplyCorrection(correctionWindow), Named.as("apply-correction"),
                        RememberDecisions.CURRENT_DELIVERIES, RememberDecisions.CURRENT_REPORTS, Deduplicate.DEDUPE_STORE);

        Map<String, KStream<String, Outcome>> branches = outcomes.merge(corrected, Named.as("decisions-and-corrections"))
                .split(Named.as("outcome-"))
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
                .to(topics.classified(), Produced.with(Serdes.String(), AvroSerde.encodingOnce(ClassifiedReport.class)).withName("classified-sink"));
        classified
                .flatMap((key, outcome) -> outcome.deliveries().stream()
                        .map(delivery -> KeyValue.pair(delivery.getDeliveryId(), delivery)).toList(), Named.as("deliveries"))
                .to(new DepartmentTopics(topics), Produced.with(Serdes.String(), AvroSerde.encodingOnce(RoutedSection.class)).withName("routed-sink"));

        return builder.build();
    }
}
