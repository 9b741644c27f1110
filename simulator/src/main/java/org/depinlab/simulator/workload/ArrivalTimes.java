package org.depinlab.simulator.workload;

/** A running arrival-time generator. */
@FunctionalInterface
public interface ArrivalTimes {

    /** The first arrival after {@code now}, seconds. */
    double next(double now);
}
