package org.depinlab.simulator.sweep;

import java.util.Comparator;
import java.util.List;

/** Some runs of a sweep failed; the others finished and are in its outputs. */
public final class SweepFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RunOutcome> failures;

    SweepFailedException(List<RunOutcome> failures, int runs) {
        super(message(failures, runs));
        this.failures = List.copyOf(failures);
    }

    /** The failed runs, each with its point, parameters and message. */
    public List<RunOutcome> failures() {
        return failures;
    }

    private static String message(List<RunOutcome> failures, int runs) {
        StringBuilder text = new StringBuilder(failures.size() + " of " + runs + " runs failed (the others are kept;"
                + " --resume runs the failed ones again):");
        failures.stream()
                .sorted(Comparator.comparingInt((RunOutcome f) -> f.task().point())
                        .thenComparingInt(f -> f.task().replication()))
                .forEach(f -> text.append("\n  ").append(f.task().describe()).append(": ").append(f.failure()));
        return text.toString();
    }
}
