package org.depinlab.tokenomics.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The Gini of values with losses, against hand computations of the mean absolute difference. */
class SignedGiniTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void gainsAndLossesAreComparedByTheirAbsoluteDifferences() {
        // pairs |y_i - y_j| of {-2, 0, 1, 5}: 2, 3, 7, 1, 5, 4 -> 22, both orders 44;
        // sum |y| = 8: G = 44 / (2 * 4 * 8) = 0.6875
        assertEquals(0.6875, SignedGini.of(new double[] {5, -2, 1, 0}), TOLERANCE);
    }

    @Test
    void gainsAndLossesThatCancelStillHaveAGini() {
        // {-3, 3}: both orders 12, sum |y| = 6: 12 / (2 * 2 * 6) = 0.5 = (n - 1)/n, the maximum
        assertEquals(0.5, SignedGini.of(new double[] {-3, 3}), TOLERANCE);
    }

    @Test
    void oneWinnerAndOneLoserAmongZerosIsTheMaximum() {
        // {7, -4, 0, 0, 0}: 2 (11 + 3*7 + 3*4) = 88; 88 / (2 * 5 * 11) = 0.8 = (n - 1)/n
        assertEquals(0.8, SignedGini.of(new double[] {7, -4, 0, 0, 0}), TOLERANCE);
    }

    @Test
    void withoutLossesItIsTheStandardGini() {
        double[] values = {1, 2, 3, 10, 0.5};
        assertEquals(ConcentrationMetrics.gini(values), SignedGini.of(values), TOLERANCE);
    }

    @Test
    void equalLossesAndAllZerosAreEquality() {
        assertEquals(0.0, SignedGini.of(new double[] {-2, -2, -2}), TOLERANCE);
        assertEquals(0.0, SignedGini.of(new double[] {0, 0}), TOLERANCE);
    }

    @Test
    void refusesNothingAndNonFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> SignedGini.of(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> SignedGini.of(new double[] {1, Double.NaN}));
    }
}
