package org.depinlab.tokenomics.reward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class WeightedHybridTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void poolIsSplitByWeightAndEachPartByItsRule() {
        Contributions c = new Contributions(new double[] {30, 10, 0}, new double[] {1, 1, 1},
                new double[] {0, 100, 300});
        double[] rewards = new double[3];

        double unallocated = new WeightedHybrid(List.of(new ProRataWork(), new ProRataStake()), List.of(7.0,
                3.0))
                .allocate(100, c, rewards);

        // work part 70: 52.5, 17.5, 0; stake part 30: 0, 7.5, 22.5
        assertArrayEquals(new double[] {52.5, 25, 22.5}, rewards, TOLERANCE);
        assertEquals(0.0, unallocated);
    }

    @Test
    void partOfARuleWithNoOneEligibleIsReturnedUnallocated() {
        Contributions c = new Contributions(new double[] {0, 0}, new double[] {1, 1}, new double[] {1, 3});
        double[] rewards = new double[2];

        double unallocated = new WeightedHybrid(List.of(new ProRataWork(), new ProRataStake()), List.of(1.0,
                1.0))
                .allocate(100, c, rewards);

        // no work: the work half (50) stays unallocated; stake half 50 -> 12.5, 37.5
        assertArrayEquals(new double[] {12.5, 37.5}, rewards, TOLERANCE);
        assertEquals(50.0, unallocated, TOLERANCE);
    }

    @Test
    void oneRuleIsThatRule() {
        Contributions c = new Contributions(new double[] {2, 6}, new double[] {1, 1}, new double[2]);
        double[] rewards = new double[2];

        new WeightedHybrid(List.of(new ProRataWork()), List.of(0.25)).allocate(8, c, rewards);

        assertArrayEquals(new double[] {2, 6}, rewards, TOLERANCE);
    }

    @Test
    void nonPositiveWeightIsRefusedByIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WeightedHybrid(List.of(new ProRataWork(), new ProRataStake()), List.of(1.0, -1.0)));
        assertEquals("weight at index 1 is -1.0: weights must be finite and > 0", e.getMessage());
    }

    @Test
    void noRulesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new WeightedHybrid(List.of(), List.of()));
        assertEquals("rules and weights must be non-empty and of the same length, got 0 and 0",
                e.getMessage());
    }
}
