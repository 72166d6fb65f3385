package dev.reportflow.bench.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the takeover rows report as restored comes from Kafka Streams' own log lines, as a bench run wrote them. */
class StreamsProcessTest {

    @Test
    void aFinishedRestoreLineGivesItsRecordCount() {
        String line = "2026-12-07 15:27:26.047 INFO  [bench-b-StateUpdater-1] o.a.k.s.p.i.StoreChangelogReader - state-updater "
                + "[bench-b-StateUpdater-1] Finished restoring changelog bench-1a2511aaeee.takeover-1.router-dedupe-by-content-hash-changelog-4 "
                + "to store dedupe-by-content-hash with a total number of 166328 records";

        assertThat(StreamsProcess.restoredRecords(line)).isEqualTo(166_328);
    }

    @Test
    void aStandbyPromotedWithNothingToReadRestoresNone() {
        String line = "2026-12-07 15:28:26.202 INFO  [bench-b-StateUpdater-1] o.a.k.s.p.i.StoreChangelogReader - state-updater "
                + "[bench-b-StateUpdater-1] Finished restoring changelog bench-1a2511aaeee.takeover-1.router-dedupe-by-content-hash-changelog-1 "
                + "to store dedupe-by-content-hash with a total number of 0 records";

        assertThat(StreamsProcess.restoredRecords(line)).isZero();
    }

    @Test
    void otherLinesCountNothing() {
        String progress = "2026-12-07 15:56:09.541 INFO  [bench-b-StateUpdater-1] o.a.k.s.p.i.StoreChangelogReader - state-updater "
                + "[bench-b-StateUpdater-1] Restoration in progress for 3 partitions.";

        assertThat(StreamsProcess.restoredRecords(progress)).isZero();
    }
}
