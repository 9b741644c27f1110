package org.depinlab.tokenomics.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ContributionsTest {

    @Test
    void recipientIReadsIndexIOfEachArray() {
        Contributions c = new Contributions(new double[] {1, 2}, new double[] {0.5, 0}, new double[] {10,
                20});

        assertEquals(2, c.size());
        assertEquals(2.0, c.work(1));
        assertEquals(0.5, c.uptime(0));
        assertEquals(20.0, c.stake(1));
    }

    @Test
    void laterChangesToTheCallersArraysDoNotReachTheContributions() {
        double[] work = {1, 2};
        Contributions c = new Contributions(work, new double[] {1, 1}, new double[] {0, 0});

        work[0] = 99;

        assertEquals(1.0, c.work(0));
    }

    @Test
    void negativeValueIsRefusedByArrayAndIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Contributions(new double[] {1, 2}, new double[] {1, 1}, new double[] {0, -5}));
        assertEquals("stake at index 1 is -5.0: contributions must be finite and >= 0", e.getMessage());
    }

    @Test
    void nanValueIsRefusedByArrayAndIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Contributions(new double[] {Double.NaN}, new double[] {1}, new double[] {0}));
        assertEquals("work at index 0 is NaN: contributions must be finite and >= 0", e.getMessage());
    }

    @Test
    void infiniteValueIsRefusedByArrayAndIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Contributions(new double[] {1}, new double[] {Double.POSITIVE_INFINITY},
                        new double[] {0}));
        assertEquals("uptime at index 0 is Infinity: contributions must be finite and >= 0", e.getMessage());
    }

    @Test
    void arraysOfDifferentLengthsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Contributions(new double[3], new double[2], new double[3]));
        assertEquals("work, uptime and stake must have the same length, got 3, 2 and 3", e.getMessage());
    }

    @Test
    void noRecipientsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Contributions(new double[0], new double[0], new double[0]));
        assertEquals("contributions must not be empty: an epoch needs at least one recipient",
                e.getMessage());
    }

    @Test
    void capacityIsMeasuredOnlyWhenGiven() {
        Contributions without = new Contributions(new double[] {1}, new double[] {1}, new double[] {1});
        Contributions with = new Contributions(new double[] {1}, new double[] {1}, new double[] {1},
                new double[] {3});

        assertFalse(without.hasCapacity());
        assertEquals(3.0, with.capacity(0));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> without.capacity(0));
        assertEquals("capacity was not measured in these contributions", e.getMessage());
    }

    @Test
    void capacityOfAnotherLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Contributions(new double[2], new double[2], new double[2], new double[3]));
        assertEquals("capacity must have the length of work, uptime and stake, 2, got 3", e.getMessage());
    }

    @Test
    void negativeCapacityIsRefusedByIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Contributions(new double[1], new double[1], new double[1], new double[] {-1}));
        assertEquals("capacity at index 0 is -1.0: contributions must be finite and >= 0", e.getMessage());
    }
}
