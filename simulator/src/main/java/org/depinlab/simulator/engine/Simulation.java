package org.depinlab.simulator.engine;

/**
 * One simulation run: the clock (double seconds), the {@link Schedule} and the named random
 * streams, all derived from one master seed. A run is a pure function of its model and seed: no
 * global state, no wall clock.
 *
 * <p>Runs are driven by {@link #runUntil}, {@link #runUntilEmpty} or {@link #step}; a model may
 * call {@link #stop} from inside an event to end the current run after that event.
 */
public final class Simulation {

    private final long seed;
    private final Schedule schedule = new Schedule();
    private final RandomStreams streams;
    private boolean stopRequested;
    private long eventsFired;

    /** A simulation at time 0 whose random streams all derive from {@code seed}. */
    public Simulation(long seed) {
        this.seed = seed;
        this.streams = new RandomStreams(seed);
    }

    /** The master seed. */
    public long seed() {
        return seed;
    }

    /** The current simulated time, seconds. */
    public double now() {
        return schedule.now();
    }

    /** The event list. */
    public Schedule schedule() {
        return schedule;
    }

    /** The random stream named {@code name} (same name, same stream object). */
    public RandomStream stream(String name) {
        return streams.stream(name);
    }

    /** Number of events fired so far (a repeating event counts once per firing). */
    public long eventsFired() {
        return eventsFired;
    }

    /** True if {@link #stop} ended the last run. */
    public boolean isStopped() {
        return stopRequested;
    }

    /** Ends the current run after the event being fired; the next run call clears it. */
    public void stop() {
        stopRequested = true;
    }

    /**
     * Fires the next event, if any.
     *
     * @return false if nothing was pending
     */
    public boolean step() {
        if (schedule.fireNext(this)) {
            eventsFired++;
            return true;
        }
        return false;
    }

    /**
     * Fires every event with time ≤ {@code endTime}, in order, then moves the clock to
     * {@code endTime} (unless {@link #stop} ended the run first; the clock then stays at the
     * last event fired). Events after {@code endTime} stay pending for a later run.
     *
     * @return the number of events fired by this call
     */
    public long runUntil(double endTime) {
        if (Double.isNaN(endTime) || endTime < now()) {
            throw new IllegalArgumentException("cannot run until " + endTime + " s: the clock is already at "
                    + now() + " s");
        }
        long before = eventsFired;
        stopRequested = false;
        while (!stopRequested && schedule.nextTime() <= endTime) {
            step();
        }
        if (!stopRequested && !Double.isInfinite(endTime)) {
            schedule.advanceTo(endTime);
        }
        return eventsFired - before;
    }

    /**
     * Fires events until none is pending or {@link #stop} is called. A model with a repeating
     * event never empties: stop it, or use {@link #runUntil}.
     *
     * @return the number of events fired by this call
     */
    public long runUntilEmpty() {
        long before = eventsFired;
        stopRequested = false;
        while (!stopRequested && step()) {
            // each step fires one event
        }
        return eventsFired - before;
    }
}
