package org.depinlab.tokenomics.reward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.depinlab.tokenomics.numeric.CompensatedSum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CappedRuleTest {

    private static final double TOLERANCE = 1e-12;

    private static Contributions online(double... work) {
        double[] uptime = new double[work.length];
        Arrays.fill(uptime, 1.0);
        return new Contributions(work, uptime, new double[work.length]);
    }

    @Test
    void excessOfOneCappedRecipientGoesToTheOthersByTheirShare() {
        double[] rewards = new double[4];

        double unallocated = new CappedRule(new ProRataWork(), 0.4).allocate(100, online(50, 30, 10, 10),
                rewards);

        // cap 40: 50 -> 40, the excess 10 split 3:1:1 over 30, 10, 10 -> 36, 12, 12
        assertArrayEquals(new double[] {40, 36, 12, 12}, rewards, TOLERANCE);
        assertEquals(0.0, unallocated);
    }

    @Test
    void redistributionRepeatsUntilNoOneExceedsTheCap() {
        double[] rewards = new double[3];

        double unallocated = new CappedRule(new ProRataWork(), 0.35).allocate(100, online(60, 25, 15),
                rewards);

        // cap 35. Round 1: 60 -> 35, excess 25 split 25:15 -> 40.625 and 24.375.
        // Round 2: 40.625 -> 35, excess 5.625 to the last -> 30. Final 35, 35, 30
        assertArrayEquals(new double[] {35, 35, 30}, rewards, TOLERANCE);
        assertEquals(0.0, unallocated);
    }

    @Test
    void whenEveryoneIsCappedTheRestIsReturnedUnallocated() {
        double[] rewards = new double[2];

        double unallocated = new CappedRule(new ProRataWork(), 0.3).allocate(100, online(50, 50), rewards);

        // cap 30 each: 60 allocated, 40 left
        assertArrayEquals(new double[] {30, 30}, rewards);
        assertEquals(40.0, unallocated, TOLERANCE);
    }

    @Test
    void capThatDoesNotBindChangesNothing() {
        double[] capped = new double[3];
        double[] plain = new double[3];

        new CappedRule(new ProRataWork(), 0.5).allocate(100, online(5, 3, 2), capped);
        new ProRataWork().allocate(100, online(5, 3, 2), plain);

        // the largest share is 0.5, not above the cap
        assertArrayEquals(plain, capped);
    }

    @Test
    void recipientsTheInnerRuleGaveNothingStayAtNothing() {
        Contributions c = new Contributions(new double[] {90, 10, 0, 50}, new double[] {1, 1, 1, 0},
                new double[4]);
        double[] rewards = new double[4];

        double unallocated = new CappedRule(new ProRataWork(), 0.6).allocate(100, c, rewards);

        // inner: 90, 10, 0, 0 (the last is offline); cap 60: 90 -> 60, the excess 30 all to the 10 -> 40
        assertArrayEquals(new double[] {60, 40, 0, 0}, rewards, TOLERANCE);
        assertEquals(0.0, unallocated);
    }

    @Test
    void tiedLargestRecipientsAreCappedAlike() {
        double[] rewards = new double[5];

        new CappedRule(new ProRataWork(), 0.25).allocate(100, online(30, 30, 30, 5, 5), rewards);

        // cap 25: three at 30 -> 25 each, excess 15 split evenly over the two 5s -> 12.5 each
        assertArrayEquals(new double[] {25, 25, 25, 12.5, 12.5}, rewards, TOLERANCE);
    }

    @Test
    void tiesStraddlingTheCandidateBoundaryAreCountedOnce() {
        double[] rewards = new double[4];

        new CappedRule(new ProRataWork(), 0.35).allocate(100, online(40, 20, 20, 20), rewards);

        // cap 35: 40 -> 35, the excess 5 split evenly over three 20s -> 21.666... each
        // (at most floor(100 / 35) = 2 can be capped: the candidates are 40 and one of the 20s)
        assertArrayEquals(new double[] {35, 65.0 / 3, 65.0 / 3, 65.0 / 3}, rewards, TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0005, 0.002, 0.01, 0.05, 0.2})
    void matchesRoundByRoundWaterFillingOnRandomHeavyTailedRewards(double maxShare) {
        SplittableRandom random = new SplittableRandom(42);
        double[] work = new double[2000];
        for (int i = 0; i < work.length; i++) {
            work[i] = random.nextInt(10) == 0 ? 0.0 : Math.exp(2.5 * random.nextGaussian());
        }
        Contributions c = online(work);
        double[] rewards = new double[work.length];

        double unallocated = new CappedRule(new ProRataWork(), maxShare).allocate(1000, c, rewards);

        double[] expected = new double[work.length];
        new ProRataWork().allocate(1000, c, expected);
        double expectedUnallocated = roundByRound(expected, maxShare * 1000);
        assertArrayEquals(expected, rewards, 1e-9);
        assertEquals(expectedUnallocated, unallocated, 1e-9);
        assertEquals(1000.0, CompensatedSum.of(rewards) + unallocated, 1e-9);
    }

    /** The definition, one round at a time: cap, hand the excess to the uncapped by their share. */
    private static double roundByRound(double[] amounts, double cap) {
        boolean[] capped = new boolean[amounts.length];
        while (true) {
            double excess = 0;
            double uncappedSum = 0;
            for (int i = 0; i < amounts.length; i++) {
                if (!capped[i] && amounts[i] > cap) {
                    excess += amounts[i] - cap;
                    amounts[i] = cap;
                    capped[i] = true;
                }
            }
            if (excess == 0) {
                return 0.0;
            }
            for (int i = 0; i < amounts.length; i++) {
                if (!capped[i]) {
                    uncappedSum += amounts[i];
                }
            }
            if (uncappedSum == 0) {
                return excess;
            }
            for (int i = 0; i < amounts.length; i++) {
                if (!capped[i]) {
                    amounts[i] += excess * amounts[i] / uncappedSum;
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.1, 1.5, Double.NaN})
    void maxShareOutsideZeroToOneIsRefused(double maxShare) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CappedRule(new ProRataWork(), maxShare));
        assertEquals("maxShare must be in (0, 1], was " + maxShare, e.getMessage());
    }
}
