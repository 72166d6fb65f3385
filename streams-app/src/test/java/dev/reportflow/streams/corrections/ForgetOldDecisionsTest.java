package dev.reportflow.streams.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.reportflow.decision.Outcome;
import dev.reportflow.schemas.AvroSerde;
import dev.reportflow.schemas.ClassifiedReport;
import dev.reportflow.schemas.KafkaCoordinates;
import dev.reportflow.schemas.RoutedSection;
import dev.reportflow.schemas.SectionRole;
import dev.reportflow.testsupport.RecordFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The purge of decisions older than the correction window, through the processor that owns the stores: what it deletes, and its bound. */
class ForgetOldDecisionsTest {

    private static final Duration WINDOW = Duration.ofDays(400);
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final int MAX_DELETES = 40;

    private final MockProcessorContext<String, Outcome> context = new MockProcessorContext<>();
    private KeyValueStore<String, ClassifiedReport> reports;
    private KeyValueStore<String, RoutedSection> deliveries;
    private KeyValueStore<String, String> byAge;
    private RememberDecisions remember;

    @BeforeEach
    void openStores() {
        reports = store(RememberDecisions.CURRENT_REPORTS, AvroSerde.of(ClassifiedReport.class));
        deliveries = store(RememberDecisions.CURRENT_DELIVERIES, AvroSerde.of(RoutedSection.class));
        byAge = store(ForgetOldDecisions.DECISIONS_BY_AGE, Serdes.String());
        remember = new RememberDecisions(WINDOW, MAX_DELETES);
        remember.init(context);
    }

    @Test
    void forgetsOnlyTheReportsClassifiedBeforeTheWindowWithEveryCopyOfThem() {
        decide("sub-0-1", NOW.minus(WINDOW).minusSeconds(60), "finance", "audit");
        decide("sub-0-2", NOW.minus(WINDOW).plusSeconds(60), "finance", "audit");
        // A copy a correction sent is a copy of the report too; a report whose id starts alike is another report.
        deliveries.put("sub-0-1#1/2@water", RecordFixtures.section("sub-0-1", "2", "water", SectionRole.PROBLEMS).build());
        decide("sub-0-10", NOW.minus(WINDOW).plusSeconds(120), "finance");

        ForgetOldDecisions.Purged purged = purgeAt(NOW);

        assertThat(purged).isEqualTo(new ForgetOldDecisions.Purged(1, 3, false));
        assertThat(keys(reports)).containsExactlyInAnyOrder("sub-0-2#1", "sub-0-10#1");
        assertThat(keys(deliveries)).allSatisfy(id -> assertThat(id).doesNotStartWith("sub-0-1#1/")).hasSize(3);
        assertThat(keys(byAge)).hasSize(2).noneMatch(key -> key.endsWith(" sub-0-1#1"));
    }

    @Test
    void onePurgeStopsAtItsBoundOldestFirstAndTheNextGoOnUntilNoneIsLeft() {
        int expired = 30;
        for (int i = 0; i < expired; i++) {
            // Classified in the reverse order of their ids, so that the order forgotten is the index's, not the ids'.
            decide("sub-0-" + (100 - i), NOW.minus(WINDOW).minusSeconds(1_000 - i), "finance", "audit");
        }
        decide("sub-0-500", NOW.minusSeconds(60), "finance");

        List<ForgetOldDecisions.Purged> purges = new ArrayList<>();
        ForgetOldDecisions.Purged first = purgeAt(NOW);
        purges.add(first);
        // 4 deletes a report (the report, its index entry, its two copies): ten reports reach the bound.
        assertThat(first).isEqualTo(new ForgetOldDecisions.Purged(10, 20, true));
        assertThat(keys(reports)).doesNotContain("sub-0-100#1", "sub-0-91#1").contains("sub-0-90#1");
        while (purges.get(purges.size() - 1).more()) {
            purges.add(purgeAt(NOW));
        }

        assertThat(purges).allSatisfy(purge -> assertThat(purge.deletes()).isLessThanOrEqualTo(MAX_DELETES));
        assertThat(purges.stream().mapToInt(ForgetOldDecisions.Purged::reports).sum()).isEqualTo(expired);
        assertThat(keys(reports)).containsExactly("sub-0-500#1");
        assertThat(purgeAt(NOW)).isEqualTo(new ForgetOldDecisions.Purged(0, 0, false));
    }

    @Test
    void aReportWithMoreCopiesThanTheBoundIsForgottenWhole() {
        String[] departments = new String[MAX_DELETES + 5];
        for (int i = 0; i < departments.length; i++) {
            departments[i] = "dept" + i;
        }
        decide("sub-0-1", NOW.minus(WINDOW).minusSeconds(2), departments);
        decide("sub-0-2", NOW.minus(WINDOW).minusSeconds(1), "finance");

        assertThat(purgeAt(NOW)).isEqualTo(new ForgetOldDecisions.Purged(1, departments.length, true));
        assertThat(keys(deliveries)).containsExactly("sub-0-2#1/1@finance");
        assertThat(purgeAt(NOW)).isEqualTo(new ForgetOldDecisions.Purged(1, 1, false));
    }

    @Test
    void purgesRunOnTheWallClockAtATenthOfTheWindowAndAtMostEveryTenSeconds() {
        MockProcessorContext.CapturedPunctuator scheduled = context.scheduledPunctuators().get(0);
        assertThat(scheduled.getType()).isEqualTo(PunctuationType.WALL_CLOCK_TIME);
        assertThat(scheduled.getInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(ForgetOldDecisions.interval(Duration.ofSeconds(20))).isEqualTo(Duration.ofSeconds(2));
        assertThat(ForgetOldDecisions.interval(Duration.ofMillis(5))).isEqualTo(Duration.ofMillis(1));
    }

    /** Submission {@code submissionId}'s report, classified at {@code at}, one copy of unit 1 to each department. */
    private void decide(String submissionId, Instant at, String... departments) {
        ClassifiedReport report = RecordFixtures.report(submissionId, new KafkaCoordinates("reports.submitted", 0, 1L), "finance")
                .setClassifiedAt(at).build();
        List<RoutedSection> copies = new ArrayList<>();
        for (String department : departments) {
            copies.add(RecordFixtures.section(submissionId, "1", department, SectionRole.REVIEW).setClassifiedAt(at).build());
        }
        remember.process(new Record<>(submissionId, new Outcome.Classified(List.of(report), copies), at.toEpochMilli()));
    }

    private ForgetOldDecisions.Purged purgeAt(Instant now) {
        int reportsBefore = keys(reports).size();
        int deliveriesBefore = keys(deliveries).size();
        boolean olderLeft = false;
        context.scheduledPunctuators().get(0).getPunctuator().punctuate(now.toEpochMilli());
        int reportsForgotten = reportsBefore - keys(reports).size();
        int deliveriesForgotten = deliveriesBefore - keys(deliveries).size();
        try (KeyValueIterator<String, ClassifiedReport> left = reports.all()) {
            while (left.hasNext()) {
                olderLeft |= left.next().value.getClassifiedAt().isBefore(now.minus(WINDOW));
            }
        }
        return new ForgetOldDecisions.Purged(reportsForgotten, deliveriesForgotten, olderLeft);
    }

    private <V> KeyValueStore<String, V> store(String name, Serde<V> values) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name), Serdes.String(), values)
                .withLoggingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        return store;
    }

    private static List<String> keys(KeyValueStore<String, ?> store) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, ?> all = store.all()) {
            all.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }
}
