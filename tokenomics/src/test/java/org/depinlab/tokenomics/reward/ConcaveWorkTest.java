package org.depinlab.tokenomics.reward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConcaveWorkTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void squareRootOfWorkTempersTheLargestRecipient() {
        Contributions c = new Contributions(new double[] {1, 9, 16, 100}, new double[] {1, 1, 1, 0},
                new double[4]);
        double[] rewards = new double[4];

        double unallocated = new ConcaveWork(0.5).allocate(80, c, rewards);

        // sqrt: 1, 3, 4 (the 100 is offline) sum 8: 80 * (1, 3, 4)/8 = 10, 30, 40
        assertArrayEquals(new double[] {10, 30, 40, 0}, rewards, TOLERANCE);
        assertEquals(0.0, unallocated);
    }

    @Test
    void alphaOneIsProRataWork() {
        Contributions c = new Contributions(new double[] {3, 1, 4, 1, 5}, new double[] {1, 1, 0, 1, 1},
                new double[5]);
        double[] concave = new double[5];
        double[] proRata = new double[5];

        new ConcaveWork(1.0).allocate(10, c, concave);
        new ProRataWork().allocate(10, c, proRata);

        assertArrayEquals(proRata, concave, TOLERANCE);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.5, 1.5, Double.NaN})
    void alphaOutsideZeroToOneIsRefused(double alpha) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConcaveWork(alpha));
        assertEquals("alpha must be in (0, 1], was " + alpha, e.getMessage());
    }
}
