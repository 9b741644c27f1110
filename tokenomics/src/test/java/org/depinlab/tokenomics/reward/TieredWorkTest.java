package org.depinlab.tokenomics.reward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class TieredWorkTest {

    private static final double TOLERANCE = 1e-12;

    private static final TieredWork TIERS = new TieredWork(List.of(0.0, 100.0, 1000.0), List.of(1.0, 1.2,
            1.5));

    @Test
    void eachBandsMultiplierAppliesToTheWorkInsideThatBand() {
        Contributions c = new Contributions(new double[] {50, 100, 999, 1000, 2000, 3000},
                new double[] {1, 1, 1, 1, 1, 0}, new double[6]);
        double[] rewards = new double[6];

        double unallocated = TIERS.allocate(1000, c, rewards);

        // bands [0, 100) x1, [100, 1000) x1.2, [1000, ...) x1.5:
        // 50 -> 50; 100 -> 100; 999 -> 100 + 899*1.2 = 1178.8; 1000 -> 100 + 900*1.2 = 1180;
        // 2000 -> 1180 + 1000*1.5 = 2680; offline 0. Sum 5188.8
        double sum = 5188.8;
        assertArrayEquals(new double[] {1000 * 50 / sum, 1000 * 100 / sum, 1000 * 1178.8 / sum,
            1000 * 1180 / sum, 1000 * 2680 / sum, 0}, rewards, TOLERANCE);
        assertEquals(0.0, unallocated);
    }

    @Test
    void lowerMultiplierAboveAThresholdPaysLessForTheWorkPastItOnly() {
        TieredWork tiers = new TieredWork(List.of(0.0, 36_000.0), List.of(1.0, 0.75));

        // the hand case of issue 17: all-of-the-work tiers scored 35 999 -> 35 999 but 36 000 -> 27 000
        assertEquals(35_999.0, tiers.score(35_999), TOLERANCE);
        assertEquals(36_000.0, tiers.score(36_000), TOLERANCE);
        assertEquals(36_000.75, tiers.score(36_001), TOLERANCE);
    }

    @Test
    void scoreNeverDecreasesAsWorkGrows() {
        SplittableRandom random = new SplittableRandom(17);
        for (int table = 0; table < 500; table++) {
            int tiers = 1 + random.nextInt(6);
            List<Double> thresholds = new ArrayList<>(List.of(0.0));
            List<Double> multipliers = new ArrayList<>();
            for (int k = 0; k < tiers; k++) {
                if (k > 0) {
                    thresholds.add(thresholds.get(k - 1) + Math.exp(6 * random.nextDouble()));
                }
                multipliers.add(Math.exp(3 * random.nextGaussian()));
            }
            TieredWork rule = new TieredWork(thresholds, multipliers);
            double top = 2 * thresholds.get(tiers - 1) + 10;
            double[] works = new double[400];
            for (int j = 0; j < works.length; j++) {
                works[j] = random.nextInt(4) == 0 ? thresholds.get(random.nextInt(tiers)) : top * random.nextDouble();
            }
            Arrays.sort(works);
            for (int j = 1; j < works.length; j++) {
                double less = works[j - 1];
                double more = works[j];
                assertTrue(rule.score(more) >= rule.score(less), () -> rule + ": work " + less + " scores "
                        + rule.score(less) + ", work " + more + " scores " + rule.score(more));
            }
        }
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
