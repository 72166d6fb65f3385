package dev.reportflow.bench.pipeline;

/**
 * When a warm-up ends: once a round's JIT share fell under {@code quietJitShare} (the compilers
 * have caught up with the code the pipeline runs), or at {@code maxRounds} rounds or
 * {@code maxSeconds} of wall time, whichever comes first, so that a JVM that never settles (or a
 * machine too busy to let it) still gets measured, and says so.
 */
public record WarmUpBound(double quietJitShare, int maxRounds, double maxSeconds) {

    /** Why the warm-up stops after {@code round}, its {@code rounds}-th, ended {@code seconds} after it started; null to go on. */
    public Stop after(FloodRun.Result round, int rounds, double seconds) {
        if (round.jitShare() < quietJitShare) {
            return Stop.QUIET;
        }
        if (rounds >= maxRounds) {
            return Stop.ROUNDS;
        }
        return seconds >= maxSeconds ? Stop.SECONDS : null;
    }

    /** The same bound with no more than {@code rounds} rounds. */
    public WarmUpBound atMostRounds(int rounds) {
        return new WarmUpBound(quietJitShare, Math.min(maxRounds, rounds), maxSeconds);
    }

    public enum Stop { QUIET, ROUNDS, SECONDS }
}
