package org.depinlab.simulator.network;

import org.depinlab.simulator.workload.Distribution;

/**
 * Alternating up and down times: a node (or a whole operator) runs for a time drawn from
 * {@code timeToFailureSeconds}, is down for a time drawn from {@code repairSeconds}, and so on.
 * Use {@link Distribution.Exponential} or {@link Distribution.Weibull}.
 */
public record FailureModel(Distribution timeToFailureSeconds, Distribution repairSeconds) {

    public FailureModel {
        if (timeToFailureSeconds == null || repairSeconds == null) {
            throw new IllegalArgumentException("a failure model needs a time-to-failure and a repair distribution");
        }
    }

    /** Long-run fraction of time up: MTTF / (MTTF + MTTR). */
    public double availability() {
        return timeToFailureSeconds.mean() / (timeToFailureSeconds.mean() + repairSeconds.mean());
    }
}
