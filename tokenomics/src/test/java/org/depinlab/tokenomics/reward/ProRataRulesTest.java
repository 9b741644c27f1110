package org.depinlab.tokenomics.reward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.depinlab.tokenomics.numeric.CompensatedSum;
import org.junit.jupiter.api.Test;

/** ProRataWork, ProRataUptime and ProRataStake on one small epoch computed by hand. */
class ProRataRulesTest {

    private static final double TOLERANCE = 1e-12;

    // recipient 2 is offline (uptime 0) although it did work and has stake
    private static final Contributions EPOCH = new Contributions(
            new double[] {10, 30, 50, 0},
            new double[] {1.0, 0.5, 0.0, 0.5},
            new double[] {100, 0, 400, 300});

    @Test
    void proRataWorkSplitsThePoolByWorkAmongOnlineRecipients() {
        double[] rewards = new double[4];

        double unallocated = new ProRataWork().allocate(100, EPOCH, rewards);

        // eligible work 10 + 30 + 0 = 40: 100 * 10/40 = 25, 100 * 30/40 = 75; offline 50 ignored
        assertArrayEquals(new double[] {25, 75, 0, 0}, rewards, TOLERANCE);
        assertEquals(0.0, unallocated);
    }

    @Test
    void proRataUptimeSplitsThePoolByUptime() {
        double[] rewards = new double[4];

        double unallocated = new ProRataUptime().allocate(100, EPOCH, rewards);

        // uptime 1 + 0.5 + 0 + 0.5 = 2: 50, 25, 0, 25
        assertArrayEquals(new double[] {50, 25, 0, 25}, rewards, TOLERANCE);
        assertEquals(0.0, unallocated);
    }

    @Test
    void proRataStakeSplitsThePoolByStakeAmongOnlineRecipients() {
        double[] rewards = new double[4];

        double unallocated = new ProRataStake().allocate(100, EPOCH, rewards);

        // eligible stake 100 + 0 + 300 = 400: 25, 0, 75; the offline 400 is ignored
        assertArrayEquals(new double[] {25, 0, 0, 75}, rewards, TOLERANCE);
        assertEquals(0.0, unallocated);
    }

    @Test
    void wholePoolIsReturnedWhenNoOnlineRecipientDidWork() {
        Contributions idle = new Contributions(new double[] {0, 5}, new double[] {1, 0}, new double[] {1, 1});
        double[] rewards = {7, 7};

        double unallocated = new ProRataWork().allocate(100, idle, rewards);

        assertArrayEquals(new double[] {0, 0}, rewards);
        assertEquals(100.0, unallocated);
    }

    @Test
    void rewardsArrayIsOverwrittenNotAddedTo() {
        double[] rewards = {1000, 1000, 1000, 1000};

        new ProRataWork().allocate(100, EPOCH, rewards);

        assertArrayEquals(new double[] {25, 75, 0, 0}, rewards, TOLERANCE);
    }

    @Test
    void millionEqualRecipientsShareThePoolExactly() {
        int n = 1_000_000;
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        double[] rewards = new double[n];

        new ProRataWork().allocate(1.0, new Contributions(ones, ones, ones), rewards);

        // 1 / 10^6 each; the compensated sum of the rewards is 1 to a few ulps
        assertEquals(1e-6, rewards[123_456], 1e-22);
        assertEquals(1.0, CompensatedSum.of(rewards), 1e-15);
    }

    @Test
    void rewardsArrayOfTheWrongLengthIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ProRataWork().allocate(100, EPOCH, new double[3]));
        assertEquals("rewards has length 3, must equal the number of recipients 4", e.getMessage());
    }

    @Test
    void negativePoolIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ProRataStake().allocate(-1, EPOCH, new double[4]));
        assertEquals("pool must be finite and >= 0, was -1.0", e.getMessage());
    }

    @Test
    void scoresSummingPastTheLargestDoubleAreRefused() {
        Contributions huge = new Contributions(new double[] {Double.MAX_VALUE, Double.MAX_VALUE},
                new double[] {1, 1}, new double[] {0, 0});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ProRataWork().allocate(1, huge, new double[2]));
        assertEquals("reward scores sum past Double.MAX_VALUE: rescale the contributions", e.getMessage());
    }
}
