package org.depinlab.tokenomics.concentration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Properties every concentration metric has by definition, checked on random holdings. */
class ConcentrationInvarianceTest {

    private static final double RELATIVE_TOLERANCE = 1e-12;

    private static double[] lognormalHoldings(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextInt(10) == 0 ? 0.0 : Math.exp(2 * random.nextGaussian());
        }
        return values;
    }

    @Test
    void callerArrayIsNotModified() {
        double[] values = lognormalHoldings(1, 1000);
        double[] before = values.clone();

        ConcentrationMetrics.of(values);
        ConcentrationMetrics.gini(values);
        ConcentrationMetrics.lorenz(values);
        ConcentrationMetrics.topShare(values, 10);
        ConcentrationMetrics.topPercentShare(values, 0.1);

        assertArrayEquals(before, values);
    }

    @Test
    void permutingHoldersChangesNothing() {
        double[] values = lognormalHoldings(2, 1000);
        double[] shuffled = values.clone();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = shuffled.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double swap = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = swap;
        }

        // both are sorted into the same array before any arithmetic, so equal to the last bit
        assertEquals(ConcentrationMetrics.of(values), ConcentrationMetrics.of(shuffled));
        assertEquals(ConcentrationMetrics.lorenz(values), ConcentrationMetrics.lorenz(shuffled));
    }

    @Test
    void scalingAllHoldingsChangesOnlyTheTotal() {
        double[] values = lognormalHoldings(4, 1000);
        double c = 1234.567;
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = values[i] * c;
        }

        Concentration original = ConcentrationMetrics.of(values);
        Concentration rescaled = ConcentrationMetrics.of(scaled);

        // every metric is a function of the shares x_i / S, which scaling leaves unchanged
        assertEquals(original.n(), rescaled.n());
        assertRelative(original.total() * c, rescaled.total());
        assertRelative(original.gini(), rescaled.gini());
        assertEquals(original.nakamoto(), rescaled.nakamoto());
        assertRelative(original.hhi(), rescaled.hhi());
        assertRelative(original.theil(), rescaled.theil());
        assertRelative(original.entropyBits(), rescaled.entropyBits());
        assertRelative(original.top1Share(), rescaled.top1Share());
        assertRelative(original.top5Share(), rescaled.top5Share());
        assertRelative(original.top10Share(), rescaled.top10Share());
        assertRelative(original.top1PctShare(), rescaled.top1PctShare());
        assertRelative(original.top10PctShare(), rescaled.top10PctShare());
    }

    private static void assertRelative(double expected, double actual) {
        assertEquals(expected, actual, RELATIVE_TOLERANCE * Math.abs(expected));
    }
}
