package org.depinlab.simulator.market;

import org.depinlab.simulator.workload.Job;

/**
 * Chooses the node a job starts on, among the online nodes of an allowed model with enough free
 * GPU and memory whose ask is within the job's max price; -1 when none qualifies (the job waits).
 */
public interface MatchingPolicy {

    /** The chosen node, or -1. */
    int select(Job job, MatchContext context);
}
