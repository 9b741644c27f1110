package org.depinlab.simulator.workload;

import java.util.List;

/**
 * The jobs of a run: synthetic (an arrival process and job classes) or a trace replay.
 *
 * @param arrivals arrival process of synthetic jobs; null for a replay
 * @param classes  job classes of synthetic jobs; for a replay, the one class its jobs belong to
 * @param trace    the trace to replay; null for synthetic jobs
 * @param maxQueue most jobs waiting at once; an arrival that finds the queue full is dropped
 */
public record WorkloadConfig(ArrivalProcess arrivals, List<JobClass> classes, TraceReplay trace, int maxQueue) {

    public WorkloadConfig {
        classes = classes == null ? List.of() : List.copyOf(classes);
        if ((arrivals == null) == (trace == null)) {
            throw new IllegalArgumentException("a workload has either an arrival process or a trace to replay");
        }
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("a workload needs at least one job class");
        }
        if (trace != null && classes.size() != 1) {
            throw new IllegalArgumentException("a trace replay has exactly one job class");
        }
        if (maxQueue < 0) {
            throw new IllegalArgumentException("max queue must be >= 0, got " + maxQueue);
        }
    }
}
