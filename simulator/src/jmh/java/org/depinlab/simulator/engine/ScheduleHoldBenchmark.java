package org.depinlab.simulator.engine;

import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The classic hold model on the event list: with {@code pending} events waiting, fire the earliest
 * and schedule it again at now + Exp(1). One operation is one hold (one pop, one push).
 *
 * <p>{@code schedule} runs our {@link Schedule} through {@link Simulation#step()} (the real hot
 * path: pop, clock update, dispatch to the event, which reschedules itself).
 * {@code priorityQueue} is the baseline: {@link java.util.PriorityQueue} of event objects with the
 * same (time, ordering, sequence) order, reusing the polled object so that it allocates nothing
 * either. Both draw their delays from the same precomputed table, so neither pays for the RNG.
 * Run with {@code -prof gc} to see the bytes allocated per operation.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScheduleHoldBenchmark {

    private static final int DELAYS_MASK = (1 << 20) - 1;
    private static final double[] DELAYS = exponentialDelays();

    private static double[] exponentialDelays() {
        SplittableRandom random = new SplittableRandom(42);
        double[] delays = new double[DELAYS_MASK + 1];
        for (int i = 0; i < delays.length; i++) {
            delays[i] = -Math.log(1 - random.nextDouble());
        }
        return delays;
    }

    /** Our schedule, pre-filled with {@code pending} holding events. */
    @State(Scope.Thread)
    public static class ScheduleState {
        @Param({"1000", "100000", "1000000"})
        int pending;

        Simulation sim;

        @Setup(Level.Trial)
        public void fill() {
            sim = new Simulation(1);
            Steppable hold = new Steppable() {
                private int next;

                @Override
                public void step(Simulation s) {
                    s.schedule().scheduleIn(DELAYS[next++ & DELAYS_MASK], this);
                }
            };
            for (int i = 0; i < pending; i++) {
                sim.schedule().scheduleAt(DELAYS[i & DELAYS_MASK] * (1 + (i >>> 20)), hold);
            }
        }
    }

    /** The baseline: a PriorityQueue of event objects, pre-filled the same way. */
    @State(Scope.Thread)
    public static class PriorityQueueState {
        @Param({"1000", "100000", "1000000"})
        int pending;

        PriorityQueue<Event> queue;
        double now;
        long sequence;
        int next;

        @Setup(Level.Trial)
        public void fill() {
            queue = new PriorityQueue<>(pending);
            for (int i = 0; i < pending; i++) {
                queue.add(new Event(DELAYS[i & DELAYS_MASK] * (1 + (i >>> 20)), 0, sequence++));
            }
        }
    }

    /** An event object ordered as {@link Schedule} orders events. */
    static final class Event implements Comparable<Event> {
        double time;
        final int ordering;
        long sequence;

        Event(double time, int ordering, long sequence) {
            this.time = time;
            this.ordering = ordering;
            this.sequence = sequence;
        }

        @Override
        public int compareTo(Event other) {
            int byTime = Double.compare(time, other.time);
            if (byTime != 0) {
                return byTime;
            }
            int byOrdering = Integer.compare(ordering, other.ordering);
            return byOrdering != 0 ? byOrdering : Long.compare(sequence, other.sequence);
        }
    }

    @Benchmark
    public boolean schedule(ScheduleState state) {
        return state.sim.step();
    }

    @Benchmark
    public Event priorityQueue(PriorityQueueState state) {
        Event event = state.queue.poll();
        state.now = event.time;
        event.time = state.now + DELAYS[state.next++ & DELAYS_MASK];
        event.sequence = state.sequence++;
        state.queue.offer(event);
        return event;
    }
}
