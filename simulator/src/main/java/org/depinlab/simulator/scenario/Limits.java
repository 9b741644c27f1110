package org.depinlab.simulator.scenario;

/**
 * What a run may use, checked when a scenario or sweep is loaded (see docs/scenario.md, "Limits"):
 * the heap a run's {@link ResourceEstimate} must fit in, and the work limits below, which
 * {@code --allow-long} lifts. The heap check is never lifted: past it a run ends in an
 * OutOfMemoryError, not in results.
 *
 * @param heapBytes the heap a run may use (the JVM's maximum heap, {@code -Xmx})
 * @param allowLong true: the work limits do not apply
 */
public record Limits(long heapBytes, boolean allowLong) {

    /** Jobs arriving in one run (a million-node day of the x100 scenario is 8.6 million, about a minute). */
    public static final double MAX_ARRIVALS = 1e9;

    /** Node failures, repairs and operator outages in one run. */
    public static final double MAX_FAILURES = 1e9;

    /** State changes of an MMPP arrival process in one run. */
    public static final double MAX_STATE_CHANGES = 1e9;

    /** Epochs in one run (the reference scenario has 720). */
    public static final double MAX_EPOCHS = 1e6;

    /** Runs of one sweep: points × replications. */
    public static final long MAX_SWEEP_RUNS = 100_000;

    public Limits {
        if (heapBytes <= 0) {
            throw new IllegalArgumentException("heap must be > 0 bytes, got " + heapBytes);
        }
    }

    /** This JVM's maximum heap, with or without the work limits. */
    public static Limits ofThisJvm(boolean allowLong) {
        return new Limits(Runtime.getRuntime().maxMemory(), allowLong);
    }

    /** What {@code --allow-long} says, for messages that refuse on a work limit. */
    static String liftedBy() {
        return "or give --allow-long if you mean it";
    }
}
