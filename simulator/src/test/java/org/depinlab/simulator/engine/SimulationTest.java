package org.depinlab.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SimulationTest {

    /** A small stochastic model: 3 sources at random intervals, each event may spawn a follow-up. */
    private static List<String> trace(long seed) {
        Simulation sim = new Simulation(seed);
        List<String> trace = new ArrayList<>();
        for (int source = 0; source < 3; source++) {
            RandomStream random = sim.stream("source-" + source);
            String name = "s" + source;
            sim.schedule().scheduleAt(0, source, new Steppable() {
                @Override
                public void step(Simulation s) {
                    trace.add(name + "@" + s.now());
                    if (random.nextInt(3) == 0) {
                        s.schedule().scheduleIn(0, 7, x -> trace.add(name + "-followup@" + x.now()));
                    }
                    s.schedule().scheduleIn(Math.floor(random.nextExponential() * 4), this);
                }
            });
        }
        sim.runUntil(2_000);
        return trace;
    }

    @Test
    void sameSeedGivesIdenticalEventTrace() {
        List<String> first = trace(42);
        assertTrue(first.size() > 1_000, "the model should fire many events, fired " + first.size());
        assertEquals(first, trace(42));
    }

    @Test
    void differentSeedGivesDifferentEventTrace() {
        assertNotEquals(trace(42), trace(43));
    }

    @Test
    void runUntilFiresEventsUpToTheEndTimeAndMovesTheClockThere() {
        Simulation sim = new Simulation(1);
        List<Double> times = new ArrayList<>();
        for (double t : new double[] {1, 5, 5, 9}) {
            sim.schedule().scheduleAt(t, s -> times.add(s.now()));
        }
        assertEquals(3, sim.runUntil(5));
        assertEquals(5.0, sim.now());
        assertEquals(List.of(1.0, 5.0, 5.0), times);
        assertEquals(0, sim.runUntil(8));
        assertEquals(8.0, sim.now());
        assertEquals(1, sim.schedule().size(), "the event at 9 s stays pending");
        assertEquals(1, sim.runUntilEmpty());
        assertEquals(9.0, sim.now());
    }

    @Test
    void stopEndsTheRunAfterTheCurrentEvent() {
        Simulation sim = new Simulation(1);
        List<Double> times = new ArrayList<>();
        sim.schedule().scheduleRepeating(0, 1, 0, s -> {
            times.add(s.now());
            if (s.now() == 3) {
                s.stop();
            }
        });
        assertEquals(4, sim.runUntil(100));
        assertTrue(sim.isStopped());
        assertEquals(3.0, sim.now(), "a stopped run leaves the clock at the last event");
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0), times);
        sim.runUntil(5);
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0), times);
    }

    @Test
    void stepFiresOneEventAtATime() {
        Simulation sim = new Simulation(1);
        sim.schedule().scheduleAt(2, s -> { });
        assertTrue(sim.step());
        assertEquals(2.0, sim.now());
        assertEquals(1, sim.eventsFired());
        assertEquals(false, sim.step());
    }
}
