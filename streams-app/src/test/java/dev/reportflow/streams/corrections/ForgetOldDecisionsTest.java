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

/**
 * The sweep that forgets decisions older than the correction window, through the processor that
 * owns the stores: what it deletes, its bound, where it resumes, and its rest between passes.
 */
class ForgetOldDecisionsTest {

    private static final Duration WINDOW = Duration.ofDays(400);
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final int MAX_ENTRIES = 40;

    private final MockProcessorContext<String, Outcome> context = new MockProcessorContext<>();
    private KeyValueStore<String, byte[]> reports;
    private KeyValueStore<String, RoutedSection> deliveries;
    private RememberDecisions remember;

    @BeforeEach
    void openStores() {
        reports = store(RememberDecisions.CURRENT_REPORTS, Serdes.ByteArray());
        deliveries = store(RememberDecisions.CURRENT_DELIVERIES, AvroSerde.of(RoutedSection.class));
        remember = new RememberDecisions(WINDOW, MAX_ENTRIES);
        remember.init(context);
    }

    @Test
    void theProcessorsStepForgetsOnlyTheReportsClassifiedBeforeTheWindowWithEveryCopyOfThem() {
        decide("sub-0-1", NOW.minus(WINDOW).minusSeconds(60), "finance", "audit");
        decide("sub-0-2", NOW.minus(WINDOW).plusSeconds(60), "finance", "audit");
        // A copy a correction sent is a copy of the report too; a report whose id starts alike is another report.
        deliveries.put("sub-0-1#1/2@water", RecordFixtures.section("sub-0-1", "2", "water", SectionRole.PROBLEMS).build());
        decide("sub-0-10", NOW.minus(WINDOW).plusSeconds(120), "finance");

        context.scheduledPunctuators().get(0).getPunctuator().punctuate(NOW.toEpochMilli());

        assertThat(keys(reports)).containsExactlyInAnyOrder("sub-0-2#1", "sub-0-10#1");
        assertThat(keys(deliveries)).allSatisfy(id -> assertThat(id).doesNotStartWith("sub-0-1#1/")).hasSize(3);
    }

    @Test
    void oneStepStopsAtItsBoundAndTheNextGoOnUntilThePassHasForgottenEveryOldDecision() {
        int expired = 30;
        for (int i = 0; i < expired; i++) {
            decide("sub-0-" + (100 + i), NOW.minus(WINDOW).minusSeconds(1_000 - i), "finance", "audit");
        }
        decide("sub-0-500", NOW.minusSeconds(60), "finance");
        ForgetOldDecisions sweep = sweep(MAX_ENTRIES);

        List<ForgetOldDecisions.Step> steps = new ArrayList<>();
        steps.add(step(sweep, NOW));
        // 4 entries a report (read, deleted, its two copies deleted): ten reports reach the bound.
        assertThat(steps.get(0)).isEqualTo(new ForgetOldDecisions.Step(10, 10, 20, false));
        assertThat(keys(reports)).doesNotContain("sub-0-100#1", "sub-0-109#1").contains("sub-0-110#1");
        while (!steps.get(steps.size() - 1).passEnded()) {
            steps.add(step(sweep, NOW));
        }

        assertThat(steps).allSatisfy(step -> assertThat(step.entries()).isLessThanOrEqualTo(MAX_ENTRIES));
        assertThat(steps.stream().mapToInt(ForgetOldDecisions.Step::reports).sum()).isEqualTo(expired);
        assertThat(keys(reports)).containsExactly("sub-0-500#1");
        assertThat(keys(deliveries)).containsExactly("sub-0-500#1/1@finance");
    }

    @Test
    void aReportWithMoreCopiesThanTheBoundIsForgottenWhole() {
        String[] departments = new String[MAX_ENTRIES + 5];
        for (int i = 0; i < departments.length; i++) {
            departments[i] = "dept" + i;
        }
        decide("sub-0-1", NOW.minus(WINDOW).minusSeconds(2), departments);
        decide("sub-0-2", NOW.minus(WINDOW).minusSeconds(1), "finance");
        ForgetOldDecisions sweep = sweep(MAX_ENTRIES);

        assertThat(step(sweep, NOW)).isEqualTo(new ForgetOldDecisions.Step(1, 1, departments.length, false));
        assertThat(keys(deliveries)).containsExactly("sub-0-2#1/1@finance");
        assertThat(step(sweep, NOW)).isEqualTo(new ForgetOldDecisions.Step(1, 1, 1, true));
    }

    @Test
    void aStepResumesAfterTheLastReportReadAndARestartSweepsFromTheFirst() {
        for (int i = 10; i < 25; i++) {
            decide("sub-0-" + i, NOW.minus(WINDOW).plusSeconds(i), "finance");
        }
        // 6 entries a step: the first reads sub-0-10#1 to sub-0-15#1, none old enough yet.
        ForgetOldDecisions sweep = sweep(6);
        assertThat(step(sweep, NOW)).isEqualTo(new ForgetOldDecisions.Step(6, 0, 0, false));
        Instant later = NOW.plusSeconds(18);

        // Now sub-0-10#1 to sub-0-17#1 are old enough; the next step goes on after sub-0-15#1 (3 entries a report forgotten).
        assertThat(step(sweep, later)).isEqualTo(new ForgetOldDecisions.Step(2, 2, 2, false));
        assertThat(keys(reports)).contains("sub-0-10#1", "sub-0-15#1").doesNotContain("sub-0-16#1", "sub-0-17#1");

        // A restart loses where the sweep was: the new one starts over from the first key.
        ForgetOldDecisions restarted = sweep(6);
        assertThat(step(restarted, later)).isEqualTo(new ForgetOldDecisions.Step(2, 2, 2, false));
        assertThat(keys(reports)).doesNotContain("sub-0-10#1", "sub-0-11#1").contains("sub-0-12#1", "sub-0-15#1");
        List<ForgetOldDecisions.Step> rest = new ArrayList<>();
        do {
            rest.add(step(restarted, later));
        } while (!rest.get(rest.size() - 1).passEnded() && rest.size() < 10);
        assertThat(rest).last().satisfies(last -> assertThat(last.passEnded()).isTrue());
        assertThat(keys(reports)).first().isEqualTo("sub-0-18#1");
    }

    @Test
    void betweenPassesTheSweepRestsATenthOfTheWindowAndUntilTheOldestDecisionItKeptComesOfAge() {
        decide("sub-0-1", NOW.minus(WINDOW).plus(Duration.ofDays(100)), "finance");
        decide("sub-0-2", NOW.minus(WINDOW).plus(Duration.ofDays(200)), "finance");
        decide("sub-0-3", NOW.minus(WINDOW).plus(Duration.ofDays(101)), "finance");
        ForgetOldDecisions sweep = sweep(MAX_ENTRIES);
        assertThat(step(sweep, NOW)).isEqualTo(new ForgetOldDecisions.Step(3, 0, 0, true));

        // A tenth of the window later the oldest is still young: nothing read.
        assertThat(step(sweep, NOW.plus(WINDOW.dividedBy(10)).plusSeconds(1))).isEqualTo(new ForgetOldDecisions.Step(0, 0, 0, false));
        Instant firstOfAge = NOW.plus(Duration.ofDays(100)).plusSeconds(1);
        assertThat(step(sweep, firstOfAge)).isEqualTo(new ForgetOldDecisions.Step(3, 1, 1, true));

        // The next oldest came of age a day later, but a pass starts a tenth of the window after the last one at the earliest.
        Instant nextPass = firstOfAge.plus(WINDOW.dividedBy(10));
        assertThat(step(sweep, nextPass.minusSeconds(1))).isEqualTo(new ForgetOldDecisions.Step(0, 0, 0, false));
        assertThat(step(sweep, nextPass)).isEqualTo(new ForgetOldDecisions.Step(2, 1, 1, true));
        assertThat(keys(reports)).containsExactly("sub-0-2#1");
    }

    @Test
    void stepsRunOnTheWallClockAtATenthOfTheWindowAndAtMostEveryTenSeconds() {
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

    /** A sweep of the stores the processor writes, as the processor makes it, with its own bound. */
    private ForgetOldDecisions sweep(int maxEntries) {
        return new ForgetOldDecisions(WINDOW, maxEntries, reports, deliveries);
    }

    /** One step at {@code now}, its counts of what it forgot checked against the stores. */
    private ForgetOldDecisions.Step step(ForgetOldDecisions sweep, Instant now) {
        int reportsBefore = keys(reports).size();
        int deliveriesBefore = keys(deliveries).size();
        ForgetOldDecisions.Step step = sweep.step(now.toEpochMilli());
        assertThat(reportsBefore - keys(reports).size()).as("reports deleted").isEqualTo(step.reports());
        assertThat(deliveriesBefore - keys(deliveries).size()).as("copies deleted").isEqualTo(step.copies());
        return step;
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
