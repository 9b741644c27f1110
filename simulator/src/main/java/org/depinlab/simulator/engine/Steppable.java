package org.depinlab.simulator.engine;

/**
 * Something that happens at a point of simulated time. The schedule calls {@link #step} when
 * the clock reaches the event; the model reacts and schedules what follows.
 *
 * <p>An event object may be scheduled many times (and is, on the hot path: a model keeps one
 * arrival object and reschedules it rather than allocating one per arrival).
 */
@FunctionalInterface
public interface Steppable {

    /** Reacts to this event; {@code sim.now()} is the event's time. */
    void step(Simulation sim);
}
