package org.depinlab.tokenomics.reward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.depinlab.tokenomics.numeric.CompensatedSum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelativeCappedRuleTest {

    private static Contributions heavyTailed(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] work = new double[n];
        double[] uptime = new double[n];
        for (int i = 0; i < n; i++) {
            work[i] = Math.exp(2.5 * random.nextGaussian());
            uptime[i] = random.nextInt(5) == 0 ? 0.0 : 1.0;
        }
        return new Contributions(work, uptime, new double[n]);
    }

    private static int eligible(Contributions c) {
        int n = 0;
        for (int i = 0; i < c.size(); i++) {
            n += c.uptime(i) > 0 ? 1 : 0;
        }
        return n;
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 1.5, 5, 20})
    void noRewardExceedsTheMultipleOfTheMeanShareOfTheEligible(double multiple) {
        for (int n : new int[] {10, 100, 3000}) {
            Contributions c = heavyTailed(n, n);
            double[] rewards = new double[n];

            double unallocated = new RelativeCappedRule(new ProRataWork(), multiple).allocate(1000, c, rewards);

            double cap = multiple * 1000 / eligible(c);
            for (double reward : rewards) {
                assertTrue(reward <= cap * (1 + 1e-12), "n " + n + ": reward " + reward + " over the cap " + cap);
            }
            assertEquals(1000.0, CompensatedSum.of(rewards) + unallocated, 1e-9 * 1000);
        }
    }

    @Test
    void multipleOfAtLeastTheRecipientCountChangesNothing() {
        Contributions c = heavyTailed(3, 40);
        double[] capped = new double[40];
        double[] plain = new double[40];

        new RelativeCappedRule(new ProRataWork(), eligible(c)).allocate(500, c, capped);
        new ProRataWork().allocate(500, c, plain);

        assertArrayEquals(plain, capped);
    }

    @Test
    void capFollowsTheNumberOfEligibleRecipientsNotOfSlots() {
        Contributions c = new Contributions(new double[] {70, 20, 10, 99}, new double[] {1, 1, 1, 0},
                new double[4]);
        double[] rewards = new double[4];

        new RelativeCappedRule(new ProRataWork(), 1.5).allocate(300, c, rewards);

        // 3 eligible: mean 100, cap 150. Pro rata 210, 60, 30, 0; the excess 60 goes 2:1 -> 150, 100, 50
        assertArrayEquals(new double[] {150, 100, 50, 0}, rewards, 1e-12);
    }

    @Test
    void multipleOfOneGivesEveryPayeeTheMeanAtMost() {
        Contributions c = new Contributions(new double[] {5, 0, 1}, new double[] {1, 1, 1}, new double[3]);
        double[] rewards = new double[3];

        double unallocated = new RelativeCappedRule(new ProRataWork(), 1).allocate(90, c, rewards);

        // cap 30 for each of 3 eligible; the one who did no work gets nothing, so 30 stays unallocated
        assertArrayEquals(new double[] {30, 0, 30}, rewards, 1e-12);
        assertEquals(30.0, unallocated, 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.99, 0, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void multipleBelowOneOrNotFiniteIsRefused(double multiple) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RelativeCappedRule(new ProRataWork(), multiple));
        assertEquals("meanMultiple must be finite and >= 1, was " + multiple, e.getMessage());
    }
}
