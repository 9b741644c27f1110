package org.depinlab.simulator.workload;

/** Where jobs come from, in arrival order. */
public interface JobSource {

    /** The next job (its arrival time at or after the previous one's), or null when there are no more. */
    Job next();
}
