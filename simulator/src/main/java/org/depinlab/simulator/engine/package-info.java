/**
 * The discrete-event engine: the clock, the event list and the named random streams of one run.
 *
 * <p>{@link Simulation} holds the clock (double seconds), the {@link Schedule} (events ordered by
 * time, ordering and insertion, so equal times fire in a fixed order; far events wait in
 * {@link FarEvents}) and the {@link RandomStreams}; a model schedules {@link Steppable}s on it. A
 * run is a pure function of its model and master seed: no global state, no wall clock. The package
 * imports the JDK and Commons Math 3 (a {@link RandomStream} is a {@code RandomGenerator}); it
 * knows nothing of GPUs, jobs or tokens.
 */
package org.depinlab.simulator.engine;
