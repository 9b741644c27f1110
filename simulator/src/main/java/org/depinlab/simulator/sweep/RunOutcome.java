package org.depinlab.simulator.sweep;

import java.io.Serializable;

/**
 * What became of one {@link RunTask}: its result, or why it failed.
 *
 * @param task    the run
 * @param result  its result; null when it failed
 * @param failure the failure's message; null when it succeeded
 */
public record RunOutcome(RunTask task, PointResult result, String failure) implements Serializable {

    private static final long serialVersionUID = 1L;

    public RunOutcome {
        if ((result == null) == (failure == null)) {
            throw new IllegalArgumentException("an outcome is a result or a failure, not both or neither");
        }
    }

    static RunOutcome succeeded(RunTask task, PointResult result) {
        return new RunOutcome(task, result, null);
    }

    static RunOutcome failed(RunTask task, String failure) {
        return new RunOutcome(task, null, failure);
    }

    /** Whether the run failed. */
    public boolean isFailure() {
        return failure != null;
    }
}
