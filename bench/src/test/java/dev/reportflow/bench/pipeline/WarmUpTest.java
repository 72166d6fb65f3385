package dev.reportflow.bench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.reportflow.bench.report.CpuByThread;
import dev.reportflow.bench.report.Throughput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarmUpTest {

    private static FloodRun.Result round(long reports, double jitSeconds, double streamSeconds) {
        Throughput throughput = new Throughput(reports, reports * 2000, 1.0);
        return new FloodRun.Result(throughput, throughput, Map.of(CpuByThread.JIT, jitSeconds, CpuByThread.STREAM_THREADS, streamSeconds), 0, Map.of());
    }

    @Test
    void perReportOverTheRoundsAndOverTheRoundsWithTheMeasuredPhase() {
        WarmUp warmUp = new WarmUp(List.of(round(500, 3.0, 1.0), round(500, 1.0, 0.5)), 2.5, false);
        FloodRun.Result measured = round(1000, 1.0, 1.0);

        assertEquals(1000, warmUp.reports());
        assertEquals(5.5, warmUp.cpuMillisPerReport(null), 1e-9);
        assertEquals(4.0, warmUp.cpuMillisPerReport(CpuByThread.JIT), 1e-9);
        assertEquals(3.75, warmUp.cpuMillisPerReportWith(measured, null), 1e-9);
        assertEquals(1.25, warmUp.cpuMillisPerReportWith(measured, CpuByThread.STREAM_THREADS), 1e-9);
    }
}
