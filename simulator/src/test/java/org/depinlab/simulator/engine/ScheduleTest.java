package org.depinlab.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    private final Simulation sim = new Simulation(7);
    private final Schedule schedule = sim.schedule();
    private final List<String> fired = new ArrayList<>();

    private Steppable record(String label) {
        return s -> fired.add(label + "@" + s.now());
    }

    @Test
    void equalTimeEventsFireByOrderingThenInsertion() {
        schedule.scheduleAt(5, 2, record("c"));
        schedule.scheduleAt(5, 1, record("b1"));
        schedule.scheduleAt(5, -3, record("a"));
        schedule.scheduleAt(5, 1, record("b2"));
        schedule.scheduleAt(4, 9, record("first"));
        schedule.scheduleAt(5, 2, record("d"));
        sim.runUntilEmpty();
        assertEquals(List.of("first@4.0", "a@5.0", "b1@5.0", "b2@5.0", "c@5.0", "d@5.0"), fired);
    }

    @Test
    void eventsScheduledAtNowFromInsideAStepFireAfterEarlierInsertions() {
        schedule.scheduleAt(1, s -> {
            fired.add("outer");
            s.schedule().scheduleAt(s.now(), record("inner"));
        });
        schedule.scheduleAt(1, record("sibling"));
        sim.runUntilEmpty();
        assertEquals(List.of("outer", "sibling@1.0", "inner@1.0"), fired);
    }

    @Test
    void schedulingBeforeNowFailsNamingBothTimes() {
        schedule.scheduleAt(10, record("x"));
        sim.runUntilEmpty();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> schedule.scheduleAt(9.5, record("late")));
        assertEquals("cannot schedule an event at time 9.5 s, before the current time 10.0 s: "
                + "events may only be scheduled at or after now", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> schedule.scheduleIn(-1, record("neg")));
        assertThrows(IllegalArgumentException.class, () -> schedule.scheduleAt(Double.NaN, record("nan")));
        assertThrows(IllegalArgumentException.class,
                () -> schedule.scheduleAt(Double.POSITIVE_INFINITY, record("inf")));
        assertThrows(IllegalArgumentException.class,
                () -> schedule.scheduleAt(11, Schedule.MAX_ORDERING + 1, record("ordering")));
        assertEquals(0, schedule.size(), "a refused event must not be left pending");
    }

    @Test
    void cancelledEventsNeverFire() {
        long keep = schedule.scheduleAt(1, record("keep"));
        long drop = schedule.scheduleAt(2, record("drop"));
        long dropLater = schedule.scheduleAt(3, record("dropLater"));
        assertTrue(schedule.cancel(drop));
        assertFalse(schedule.cancel(drop), "a second cancel of the same handle is a no-op");
        schedule.scheduleAt(0.5, s -> s.schedule().cancel(dropLater));
        sim.runUntilEmpty();
        assertEquals(List.of("keep@1.0"), fired);
        assertFalse(schedule.isPending(keep));
        assertFalse(schedule.cancel(keep), "cancelling an event that already fired does nothing");
    }

    @Test
    void staleHandleDoesNotCancelTheEventThatReusedItsSlot() {
        long first = schedule.scheduleAt(1, record("first"));
        sim.runUntilEmpty();
        schedule.scheduleAt(2, record("second"));
        assertFalse(schedule.cancel(first));
        sim.runUntilEmpty();
        assertEquals(List.of("first@1.0", "second@2.0"), fired);
    }

    @Test
    void repeatingEventFiresEveryIntervalUntilCancelled() {
        long handle = schedule.scheduleRepeating(1, 2, 0, record("tick"));
        sim.runUntil(7);
        assertTrue(schedule.cancel(handle));
        sim.runUntil(100);
        assertEquals(List.of("tick@1.0", "tick@3.0", "tick@5.0", "tick@7.0"), fired);
        assertTrue(schedule.isEmpty());
    }

    @Test
    void repeatingEventStopsItselfFromInsideItsStep() {
        long[] handle = new long[1];
        int[] count = new int[1];
        handle[0] = schedule.scheduleRepeating(0, 1, 0, s -> {
            if (++count[0] == 3) {
                assertTrue(s.schedule().cancel(handle[0]));
            }
        });
        assertEquals(3, sim.runUntilEmpty());
        assertFalse(schedule.isPending(handle[0]));
    }

    @Test
    void heapMatchesASortedReferenceUnderRandomInsertsAndCancels() {
        SplittableRandom random = new SplittableRandom(11);
        // reference: (time, insertion) -> label; ordering 0 for all, so ties go by insertion
        TreeMap<double[], Integer> reference = new TreeMap<>((a, b) -> a[0] != b[0]
                ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        List<Long> handles = new ArrayList<>();
        List<double[]> keys = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double time = Math.floor(random.nextDouble() * 500);
            int label = i;
            handles.add(schedule.scheduleAt(time, s -> order.add(label)));
            double[] key = {time, i};
            keys.add(key);
            reference.put(key, label);
            if (random.nextInt(4) == 0) {
                int victim = random.nextInt(handles.size());
                if (schedule.cancel(handles.get(victim))) {
                    reference.remove(keys.get(victim));
                }
            }
        }
        assertEquals(reference.size(), schedule.size());
        sim.runUntilEmpty();
        assertEquals(new ArrayList<>(reference.values()), order);
    }

    @Test
    void cancellingMostEventsRebuildsTheHeapAndTheRestStillFireInOrder() {
        List<Long> handles = new ArrayList<>();
        List<Double> times = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 30_000; i++) {
            handles.add(schedule.scheduleAt(random.nextDouble() * 1_000, s -> times.add(s.now())));
        }
        for (int i = 0; i < 30_000; i++) {
            if (i % 10 != 0) {
                assertTrue(schedule.cancel(handles.get(i)));
            }
        }
        assertEquals(3_000, schedule.size());
        assertEquals(3_000, sim.runUntilEmpty());
        for (int i = 1; i < times.size(); i++) {
            assertTrue(times.get(i - 1) <= times.get(i), "out of order at " + i);
        }
        for (int i = 0; i < 30_000; i++) {
            assertFalse(schedule.isPending(handles.get(i)));
        }
    }
}
