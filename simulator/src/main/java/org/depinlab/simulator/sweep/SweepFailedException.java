package org.depinlab.simulator.sweep;

import java.util.Comparator;
import java.util.List;

/** Some runs of a sweep failed; the others finished and are in its outputs. */
public final class SweepFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RunOutcome.Failed> failures;

    SweepFailedException(List<RunOutcome.Failed> failures, int runs) {
        super(message(failures, runs));
        this.failures = List.copyOf(failures);
    }

    /** The failed runs, each with its point, parameters and message. */
    public List<RunOutcome.Failed> failures() {
        return failures;
    }

    private static String message(List<RunOutcome.Failed> failures, int runs) {
        StringBuilder text = new StringBuilder(failures.size() + " of " + runs + " runs failed (the others are kept;"
                + " --resume runs the failed ones again):");
        failures.stream()
                .sorted(Comparator.comparingInt((RunOutcome.Failed f) -> f.spec().point())
                        .thenComparingInt(f -> f.spec().replication()))
                .forEach(f -> text.append("\n  ").append(f.spec().describe()).append(": ").append(f.message()));
        return text.toString();
    }
}
