package dev.reportflow.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.reportflow.bench.report.CpuByThread;
import dev.reportflow.bench.report.Throughput;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarmUpBoundTest {

    private static final WarmUpBound BOUND = new WarmUpBound(0.10, 5, 60);

    /** A round of 500 reports whose CPU was {@code jitSeconds} of JIT and 1 s of everything else. */
    private static FloodRun.Result round(double jitSeconds) {
        Throughput throughput = new Throughput(500, 500 * 2000, 1.0);
        return new FloodRun.Result(throughput, throughput, Map.of(CpuByThread.JIT, jitSeconds, CpuByThread.STREAM_THREADS, 1.0), 0, Map.of());
    }

    @Test
    void goesOnWhileTheJitIsATenthOfTheRoundOrMoreWithinTheBound() {
        assertNull(BOUND.after(round(0.2), 1, 5));
        assertNull(BOUND.after(round(0.12), 4, 59));
    }

    @Test
    void stopsAtTheFirstQuietRoundWhateverTheBound() {
        assertEquals(WarmUpBound.Stop.QUIET, BOUND.after(round(0.1), 1, 1));
        assertEquals(WarmUpBound.Stop.QUIET, BOUND.after(round(0.05), 9, 100));
    }

    @Test
    void stopsAtTheBoundOfRoundsOrSecondsStillCompiling() {
        assertEquals(WarmUpBound.Stop.ROUNDS, BOUND.after(round(0.5), 5, 10));
        assertEquals(WarmUpBound.Stop.SECONDS, BOUND.after(round(0.5), 2, 60));
        assertEquals(WarmUpBound.Stop.ROUNDS, BOUND.atMostRounds(2).after(round(0.5), 2, 10));
        assertNull(BOUND.atMostRounds(9).after(round(0.5), 5 - 1, 10));
    }
}
