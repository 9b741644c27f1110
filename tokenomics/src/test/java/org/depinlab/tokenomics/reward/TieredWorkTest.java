package org.depinlab.tokenomics.reward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class TieredWorkTest {

    private static final double TOLERANCE = 1e-12;

    private static final TieredWork TIERS = new TieredWork(List.of(0.0, 100.0, 1000.0), List.of(1.0, 1.2,
            1.5));

    @Test
    void workScoresAtTheMultiplierOfTheHighestTierItReaches() {
        Contributions c = new Contributions(new double[] {50, 100, 999, 1000, 2000},
                new double[] {1, 1, 1, 1, 0}, new double[5]);
        double[] rewards = new double[5];

        double unallocated = TIERS.allocate(1000, c, rewards);

        // scores 50*1 = 50, 100*1.2 = 120, 999*1.2 = 1198.8, 1000*1.5 = 1500, offline 0; sum 2868.8
        double sum = 2868.8;
        assertArrayEquals(new double[] {1000 * 50 / sum, 1000 * 120 / sum, 1000 * 1198.8 / sum,
            1000 * 1500 / sum, 0}, rewards, TOLERANCE);
        assertEquals(0.0, unallocated);
    }

    @Test
    void oneTierIsProRataWorkWhateverItsMultiplier() {
        Contributions c = new Contributions(new double[] {1, 2, 7}, new double[] {1, 1, 1}, new double[3]);
        double[] tiered = new double[3];
        double[] proRata = new double[3];

        new TieredWork(List.of(0.0), List.of(3.0)).allocate(10, c, tiered);
        new ProRataWork().allocate(10, c, proRata);

        assertArrayEquals(proRata, tiered, TOLERANCE);
    }

    @Test
    void firstThresholdOtherThanZeroIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TieredWork(List.of(10.0, 100.0), List.of(1.0, 2.0)));
        assertEquals("the first threshold must be 0, was 10.0", e.getMessage());
    }

    @Test
    void thresholdsNotStrictlyAscendingAreRefusedByIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TieredWork(List.of(0.0, 100.0, 100.0), List.of(1.0, 2.0, 3.0)));
        assertEquals("threshold at index 2 is 100.0: thresholds must be finite and strictly ascending",
                e.getMessage());
    }

    @Test
    void nonPositiveMultiplierIsRefusedByIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TieredWork(List.of(0.0, 100.0), List.of(1.0, 0.0)));
        assertEquals("multiplier at index 1 is 0.0: multipliers must be finite and > 0", e.getMessage());
    }

    @Test
    void listsOfDifferentLengthsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TieredWork(List.of(0.0, 100.0), List.of(1.0)));
        assertEquals("thresholds and multipliers must be non-empty and of the same length, got 2 and 1",
                e.getMessage());
    }
}
