package org.depinlab.tokenomics.concentration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LorenzCurveTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void pointsOfSmallExampleMatchHandComputation() {
        LorenzCurve curve = ConcentrationMetrics.lorenz(new double[] {10, 3, 1, 4, 2});

        // sorted 1,2,3,4,10 of 20: X = k/5, Y = cumulative sums 0,1,3,6,10,20 over 20
        assertEquals(6, curve.size());
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1}, curve.populationShares(), TOLERANCE);
        assertArrayEquals(new double[] {0, 0.05, 0.15, 0.30, 0.50, 1}, curve.valueShares(), TOLERANCE);
    }

    @Test
    void curveRunsFromOriginToExactlyOneOneAndNeverDecreases() {
        SplittableRandom random = new SplittableRandom(5);
        double[] values = new double[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.exp(3 * random.nextGaussian());
        }

        LorenzCurve curve = ConcentrationMetrics.lorenz(values);

        assertEquals(values.length + 1, curve.size());
        assertEquals(0.0, curve.populationShare(0));
        assertEquals(0.0, curve.valueShare(0));
        assertEquals(1.0, curve.populationShare(values.length));
        assertEquals(1.0, curve.valueShare(values.length));
        for (int k = 1; k < curve.size(); k++) {
            assertTrue(curve.populationShare(k) > curve.populationShare(k - 1));
            assertTrue(curve.valueShare(k) >= curve.valueShare(k - 1));
            // the curve lies on or below the line of equality
            assertTrue(curve.valueShare(k) <= curve.populationShare(k) + TOLERANCE);
        }
    }

    @Test
    void allZeroHoldingsGiveTheLineOfEquality() {
        LorenzCurve curve = ConcentrationMetrics.lorenz(new double[] {0, 0, 0, 0});

        // the zero-total convention: equal shares, so Y_k = X_k = k/4
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, curve.valueShares(), TOLERANCE);
    }

    @Test
    void oneHolderGivesTheTwoEndPoints() {
        LorenzCurve curve = ConcentrationMetrics.lorenz(new double[] {7});

        assertArrayEquals(new double[] {0, 1}, curve.populationShares());
        assertArrayEquals(new double[] {0, 1}, curve.valueShares());
    }

    @Test
    void curveCannotBeChangedThroughItsArrays() {
        double[] population = {0, 0.5, 1};
        double[] value = {0, 0.25, 1};
        LorenzCurve curve = new LorenzCurve(population, value);

        population[1] = 0.9;
        curve.valueShares()[1] = 0.9;

        assertEquals(0.5, curve.populationShare(1));
        assertEquals(0.25, curve.valueShare(1));
        assertEquals(new LorenzCurve(new double[] {0, 0.5, 1}, new double[] {0, 0.25, 1}), curve);
    }

    @Test
    void arraysOfDifferentLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new LorenzCurve(new double[] {0, 1}, new double[] {0, 0.5, 1}));
    }
}
