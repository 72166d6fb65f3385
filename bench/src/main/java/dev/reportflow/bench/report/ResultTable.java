package dev.reportflow.bench.report;

import dev.reportflow.bench.baseline.ProducerBaseline;
import dev.reportflow.bench.corpus.CorpusShape;
import dev.reportflow.bench.latency.LatencyRun;
import dev.reportflow.bench.latency.Percentiles;
import dev.reportflow.bench.pipeline.FloodRun;
import dev.reportflow.bench.pipeline.WarmUp;
import dev.reportflow.bench.profile.ProfileSummary;
import dev.reportflow.bench.recovery.RecoveryRun;
import dev.reportflow.bench.recovery.TakeoverRun;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints a run as the table the issue asks for, then the producer settings and the profile. */
public final class ResultTable {

    private static final String ROW = "%-52s %10s %9s   %s%n";

    private ResultTable() {
    }

    public static void print(PrintWriter out, BenchReport r) {
        var c = r.corpus();
        out.printf(Locale.ROOT, "%nreportflow bench — %s, %d cores, %.0f GiB, %s; load average %.1f at start, %.1f at end%n",
                r.cluster(), r.machine().cores(), r.machine().memoryBytes() / (double) (1L << 30), r.machine().java(),
                r.loadAverageAtStart(), r.machine().loadAverage());
        out.printf(Locale.ROOT, "heap: %s, at most %.1f GiB%n", r.machine().heapOptions().isEmpty() ? "the JVM's defaults (grows as needed)"
                : String.join(" ", r.machine().heapOptions()), r.machine().maxHeapBytes() / (double) (1L << 30));
        out.printf(Locale.ROOT, "corpus: %,d reports from %s; %.1f–%.1f KB (avg %.1f KB), %.1f MB; %d–%d top-level sections; %,d issuers%n",
                c.reports(), r.corpusPieces(), c.minBytes() / 1024.0, c.maxBytes() / 1024.0, c.averageBytes() / 1024.0,
                c.totalBytes() / 1e6, c.minSections(), c.maxSections(), c.distinctIssuers());
        shape(out, "  shape of the corpus", r.corpusShape());
        shape(out, "  the real reports", r.realShape());
        out.println("settings: " + r.settings());
        out.printf(Locale.ROOT, "offices submitting concurrently: %d; MB = 10^6 bytes of report text%n%n", r.offices());

        if (r.endToEnd() != null) {
            throughputPhases(out, r);
        }
        if (r.fixedRate() != null) {
            fixedRate(out, r.fixedRate());
        }
        if (r.resilience() != null) {
            resilience(out, r.resilience());
        }
        out.println();
        out.println("targets:");
        for (Target t : r.targets()) {
            out.printf(Locale.ROOT, "  %-62s %8.2f %s  (%s %s)  %s%n", t.name(), t.measured(), t.unit(), t.comparison(),
                    fmt(t.goal()), t.met() ? "MET" : "MISSED");
        }
        producerSettings(out, r);
        profile(out, r.profile());
        out.printf(Locale.ROOT, "%nwall time %.0f s%n", r.wallSeconds());
        out.flush();
    }

    private static void throughputPhases(PrintWriter out, BenchReport r) {
        out.printf(ROW, "measurement", "reports/s", "MB/s", "comparison");
        throughput(out, "1 raw Kafka producer (client settings, async)", r.rawProducer().throughput(), "");
        throughput(out, "1 pass-through Streams (same config, bytes)", r.passThrough().endToEnd(), cpu(r.passThrough()));
        var equal = r.equalOutput();
        throughput(out, "1 equal-output Streams (same records, no work)", equal.run().endToEnd(),
                cpu(equal.run()) + String.format(Locale.ROOT, "; %.1f records, %.1f KB written per submission (%.1f KB to changelogs)",
                        equal.capturedRecords() / (double) equal.submissions(), equal.capturedBytes() / 1024.0 / equal.submissions(),
                        equal.changelogBytes() / 1024.0 / equal.submissions()));
        Throughput e2e = r.endToEnd().endToEnd();
        throughput(out, "2 reportflow end to end (first submit → last routed)", e2e,
                ratio(e2e.ratioTo(equal.run().endToEnd())) + " equal-output, " + ratio(e2e.ratioTo(r.passThrough().endToEnd()))
                        + " pass-through, " + ratio(e2e.ratioTo(r.rawProducer().throughput())) + " raw producer; " + cpu(r.endToEnd())
                        + String.format(Locale.ROOT, " (%.2f× equal-output's)", r.endToEnd().cpuMillisPerRecord() / equal.run().cpuMillisPerRecord()));
        throughput(out, "  intake alone (first submit → last receipt)", r.endToEnd().intake(),
                "pass-through run's intake: " + fmt(r.passThrough().intake().recordsPerSecond()) + "/s");
        cpuShares(out, "pass-through", r.passThrough());
        cpuShares(out, "equal-output", equal.run());
        cpuShares(out, "reportflow", r.endToEnd());
        fromFreshJvm(out, r.endToEndWarmUp(), r.endToEnd());
        var lat = r.latency();
        out.printf(Locale.ROOT, "3 latency submit → routed at %.0f/s (½ max), %,d reports%n", lat.ratePerSecond(), lat.submissions());
        latency(out, "    receipt (office has the intake's ack)", lat.receipt());
        latency(out, "    appended (routed topic LogAppendTime)", lat.appended());
        latency(out, "    visible (read_committed reader)", lat.visible());
        commits(out, lat.commits());
        cpuShares(out, lat);
        var jmh = r.classifier();
        out.printf(Locale.ROOT, ROW, "4 classifier alone (JMH, 1 thread)", "", fmt(jmh.megabytesPerSecondPerCore()),
                Double.isFinite(jmh.error()) ? String.format(Locale.ROOT, "MB/s per core ± %.1f", jmh.error()) : "MB/s per core");
        throughput(out, "5 replay (reportflow replay's code, 1 thread)", r.replay().reports(),
                ratio(r.replay().reports().recordsPerSecond() / BenchReport.liveReportsPerSecond(r.endToEnd(), r.endToEndOutput()))
                        + " live pipeline");
        var output = r.endToEndOutput();
        out.printf(Locale.ROOT, "   outputs: %,d reports classified, %,d rejected, %,d routed sections (%.1f per report), %.1f MB (%.2f× the submitted bytes)%n",
                output.classifiedReports(), output.rejected(), output.routedRecords(),
                output.routedRecords() / (double) Math.max(1, output.classifiedReports()), output.routedBytes() / 1e6,
                output.routedBytes() / (double) e2e.bytes());

    }

    private static void fixedRate(PrintWriter out, BenchReport.FixedRate f) {
        var run = f.run();
        out.printf(Locale.ROOT, "%nF reportflow at a fixed %.0f reports/s, %,d reports, after a warm-up of %s; load average %.1f → %.1f%n",
                run.ratePerSecond(), run.submissions(), warmUpDone(f.warmUp()), f.loadAverageBefore(), f.loadAverageAfter());
        latency(out, "    visible (read_committed reader)", run.visible());
        commits(out, run.commits());
        cpuShares(out, run);
        List<FloodRun.Result> rounds = f.warmUp().rounds();
        FloodRun.Result last = rounds.get(rounds.size() - 1);
        out.printf(Locale.ROOT, "    warm-up at full speed, CPU-ms per report: %d rounds of %,d, %.2f in all (JIT compilers %.2f, stream threads %.3f); "
                        + "the last round %.2f (JIT %.2f, stream threads %.3f) at %.0f/s%n",
                rounds.size(), last.endToEnd().records(), f.warmUp().cpuMillisPerReport(null), f.warmUp().cpuMillisPerReport(CpuByThread.JIT),
                f.warmUp().cpuMillisPerReport(CpuByThread.STREAM_THREADS), last.cpuMillisPerRecord(), last.cpuMillisPerRecord(CpuByThread.JIT),
                last.cpuMillisPerRecord(CpuByThread.STREAM_THREADS), last.endToEnd().recordsPerSecond());
    }

    /**
     * The measured phase comes after the warm-up rounds, so its CPU per report is the warmed-up
     * pipeline's; a fresh JVM also pays for the rounds before it, mostly the JIT compiling. Both rows.
     */
    private static void fromFreshJvm(PrintWriter out, WarmUp warmUp, FloodRun.Result measured) {
        out.printf(Locale.ROOT, "  CPU-ms per report, reportflow, including its warm-up (a fresh JVM's first %,d reports): %.2f in all, "
                        + "JIT compilers %.2f, without them %.2f; stream threads %.3f%n",
                warmUp.reports() + measured.endToEnd().records(), warmUp.cpuMillisPerReportWith(measured, null),
                warmUp.cpuMillisPerReportWith(measured, CpuByThread.JIT),
                warmUp.cpuMillisPerReportWith(measured, null) - warmUp.cpuMillisPerReportWith(measured, CpuByThread.JIT),
                warmUp.cpuMillisPerReportWith(measured, CpuByThread.STREAM_THREADS));
        out.printf(Locale.ROOT, "  CPU-ms per report, reportflow, after its warm-up (the row above's %,d measured reports): %.2f in all, "
                        + "JIT compilers %.2f, without them %.2f; stream threads %.3f%n",
                measured.endToEnd().records(), measured.cpuMillisPerRecord(),
                measured.cpuMillisPerRecord(CpuByThread.JIT), measured.cpuMillisPerRecord() - measured.cpuMillisPerRecord(CpuByThread.JIT),
                measured.cpuMillisPerRecord(CpuByThread.STREAM_THREADS));
        out.printf(Locale.ROOT, "    its warm-up: %s%n", warmUpDone(warmUp));
    }

    /** How long the warm-up took, how it ended, and the JIT's share of each round's CPU: what "warmed up" meant in this run. */
    private static String warmUpDone(WarmUp warmUp) {
        String shares = warmUp.rounds().stream().map(round -> String.format(Locale.ROOT, "%.0f", 100 * round.jitShare()))
                .collect(java.util.stream.Collectors.joining(", "));
        return String.format(Locale.ROOT, "%d rounds of %,d reports in %.0f s, %s; the JIT's %% of each round's CPU: %s",
                warmUp.rounds().size(), warmUp.rounds().get(0).endToEnd().records(), warmUp.seconds(),
                warmUp.quiet() ? "ended with the JIT quiet" : "ended at its bound, the JIT still compiling", shares);
    }

    /** CPU per report at a steady rate: all of it, without the JIT compilers, and the stream threads' own. */
    private static void cpuShares(PrintWriter out, LatencyRun.Result run) {
        out.printf(Locale.ROOT, "    CPU-ms per report at this rate: %.2f in all, %.2f without the JIT compilers; stream threads %.3f%n",
                run.cpuMillisPerReport(), run.cpuMillisPerReport() - run.cpuMillisPerReport(CpuByThread.JIT),
                run.cpuMillisPerReport(CpuByThread.STREAM_THREADS));
        out.print("     ");
        run.cpuSeconds().forEach((group, seconds) -> {
            if (1000 * seconds / run.submissions() >= 0.01) {
                out.printf(Locale.ROOT, " %s %.2f;", group, 1000 * seconds / run.submissions());
            }
        });
        out.println();
    }

    private static void resilience(PrintWriter out, BenchReport.Resilience r) {
        out.println();
        if (!r.recoveries().isEmpty() || !r.takeovers().isEmpty()) {
            out.println("6 recovery of instances in JVMs of their own, steady load of 20 reports/s");
        }
        if (!r.recoveries().isEmpty()) {
            out.println("  one instance: seconds from the SIGKILL (from the");
            out.println("  JVM's start for a restore) until: KafkaStreams created (the JVM's start), RUNNING, routing visible; Kafka's part");
            out.println("  (created → visible); whether the state was wiped (TaskCorruptedException); the CPU the new JVM used until");
            out.println("  KafkaStreams was created (its start's work, which a loaded machine stretches); the 1-minute load average at the kill");
            out.printf(Locale.ROOT, "  %-80s %9s %9s %9s %9s %5s %9s %s%n", "", "created", "RUNNING", "visible", "Kafka", "wiped", "start CPU",
                    "load");
        }
        for (RecoveryRun.Result result : r.recoveries()) {
            out.printf(Locale.ROOT, "  %-80s %7s s %7s s %7s s %7s s %5s %7s s %5s%n", result.scenario(), seconds(result.toCreatedSeconds()),
                    seconds(result.toRunningSeconds()), seconds(result.toRoutedSeconds()), seconds(result.kafkaSeconds()),
                    Double.isNaN(result.toRoutedSeconds()) ? "" : result.stateWiped() ? "yes" : "no", seconds(result.startCpuSeconds()),
                    seconds(result.loadAverage()));
        }
        if (!r.takeovers().isEmpty()) {
            out.println("  two instances (own state directories), the one holding more of the intake's partitions SIGKILLed, nothing");
            out.println("  restarted: seconds from the kill until a section routed after it was visible (read_committed), until the");
            out.println("  survivor committed past the kill on every intake partition it took over, and the changelog records it restored");
            out.println("  for them (a standby replica has read them already)");
            out.printf(Locale.ROOT, "  %-80s %9s %9s %9s %s%n", "", "taken", "visible", "committed", "restored");
        }
        for (TakeoverRun.Result result : r.takeovers()) {
            out.printf(Locale.ROOT, "  %-80s %9s %7s s %7s s %s%n", result.scenario(), result.takenOverPartitions() + " part.",
                    seconds(result.toVisibleSeconds()), seconds(result.toRoutedSeconds()), result.restoredRecords() < 0 ? ""
                            : String.format(Locale.ROOT, "%,d records", result.restoredRecords()));
        }
        var i = r.instances();
        if (i == null) {
            return;
        }
        out.printf(Locale.ROOT, ROW, "7 one instance in its own JVM (flood)", fmt(i.one().reportsPerSecond()), "",
                String.format(Locale.ROOT, "%.2f CPU-ms per report (all JVMs)", i.one().cpuMillisPerReport()));
        out.printf(Locale.ROOT, ROW, "  two instances sharing the partitions (flood)", fmt(i.two().reportsPerSecond()), "",
                String.format(Locale.ROOT, "%.2f CPU-ms per report (all JVMs); %.2f× one", i.two().cpuMillisPerReport(),
                        i.two().reportsPerSecond() / i.one().reportsPerSecond()));
        out.printf(Locale.ROOT, "  longest pause in visible routing: a second instance joining %,d ms, leaving (SIGTERM) %,d ms%n",
                i.joinPauseMillis(), i.leavePauseMillis());
    }

    private static String seconds(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : "–";
    }

    private static void shape(PrintWriter out, String label, CorpusShape s) {
        if (s == null) {
            return;
        }
        out.printf(Locale.ROOT, "%s: %,d reports; size p10/p50/p90 %.1f/%.1f/%.1f KB (%.1f–%.1f, avg %.1f); top-level sections avg %.1f (%d–%d); "
                        + "each compressed alone: lz4 %.0f%%, zstd %.0f%%%n", label, s.reports(), s.p10Bytes() / 1024.0,
                s.medianBytes() / 1024.0, s.p90Bytes() / 1024.0, s.minBytes() / 1024.0, s.maxBytes() / 1024.0,
                s.averageBytes() / 1024.0, s.averageSections(), s.minSections(), s.maxSections(), 100 * s.lz4Share(),
                100 * s.zstdShare());
    }

    private static String cpu(FloodRun.Result run) {
        return String.format(Locale.ROOT, "%.2f CPU-ms per report", run.cpuMillisPerRecord());
    }

    private static void cpuShares(PrintWriter out, String pipeline, FloodRun.Result run) {
        out.printf(Locale.ROOT, "  CPU-ms per report, %s (this JVM: cluster, app, offices, reader):", pipeline);
        long records = run.endToEnd().records();
        run.cpuSeconds().forEach((group, seconds) -> {
            if (1000 * seconds / records >= 0.01) {
                out.printf(Locale.ROOT, " %s %.2f;", group, 1000 * seconds / records);
            }
        });
        out.println();
        if (!run.brokerRequests().isEmpty()) {
            // the broker's CPU follows the requests: fewer reports per transaction or per produce
            // request cost it more per report for the same records
            out.println("    the broker's requests per report, and mean time each: " + run.brokerRequests().entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.3f (%.1f ms)", e.getKey(), e.getValue().count() / (double) records,
                            e.getValue().meanMillis()))
                    .collect(Collectors.joining(", ")));
        }
    }

    private static void producerSettings(PrintWriter out, BenchReport r) {
        if (r.producerSettings().isEmpty()) {
            return;
        }
        out.println();
        out.println("raw producer, other settings (same records, first " + r.producerSettings().get(0).throughput().records() + "):");
        for (ProducerBaseline.Result result : r.producerSettings()) {
            out.printf(Locale.ROOT, "  %-40s %10s rec/s %8s MB/s  compressed to %.0f%%%n", result.label(),
                    fmt(result.throughput().recordsPerSecond()), fmt(result.throughput().megabytesPerSecond()),
                    100 * result.compressionRatio());
        }
    }

    private static void profile(PrintWriter out, ProfileSummary profile) {
        if (profile == null) {
            return;
        }
        out.printf(Locale.ROOT, "%nprofile of the end-to-end phase (JFR, %,d samples):%n", profile.samples());
        section(out, "  CPU samples by thread", profile.threadShare());
        section(out, "  hottest methods (self)", profile.hotMethods());
        section(out, "  stream thread, by topology step (inclusive)", profile.streamThreadSteps());
    }

    private static void section(PrintWriter out, String title, Map<String, Double> shares) {
        out.println(title + ":");
        shares.forEach((name, share) -> out.printf(Locale.ROOT, "    %5.1f%%  %s%n", share, name));
    }

    private static void throughput(PrintWriter out, String label, Throughput t, String comparison) {
        out.printf(Locale.ROOT, ROW, label, fmt(t.recordsPerSecond()), fmt(t.megabytesPerSecond()), comparison);
    }

    /** Where visible latency went after the append, from the transaction log (nothing if it could not be read). */
    private static void commits(PrintWriter out, LatencyRun.Commits c) {
        if (c == null) {
            return;
        }
        out.printf(Locale.ROOT, "      %,d transactions; after the append, each submission's wait:%n", c.transactions());
        latency(out, "      for its commit (appended → EndTxn)", c.appendedToPrepared());
        latency(out, "      for PrepareCommit to be logged", c.prepareLogged());
        latency(out, "      for the markers and the reader (→ visible)", c.markersAndReader());
        if (c.offsetsToComplete() != null) {
            latency(out, "      commit, offsets sent → PrepareCommit logged", c.offsetsToComplete());
        }
        if (c.period() != null) {
            latency(out, "      from one commit to the next (per txn)", c.period());
        }
        if (!c.brokerRequests().isEmpty()) {
            out.println("      the broker's time per request, mean (count): " + c.brokerRequests().entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.1f ms (%,d)", e.getKey(), e.getValue().meanMillis(), e.getValue().count()))
                    .collect(Collectors.joining(", ")));
        }
    }

    private static void latency(PrintWriter out, String label, Percentiles p) {
        out.printf(Locale.ROOT, "%-52s p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", label, p.p50(), p.p95(), p.p99(), p.max());
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%,.1f", value);
    }
}
