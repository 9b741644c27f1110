package org.depinlab.tokenomics.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class GeometricBrownianPriceTest {

    private static final int PATHS = 200_000;

    @Test
    void meanPriceAfterOneEpochIsInitialTimesExpDrift() {
        RandomGenerator random = new MersenneTwister(7);
        double mu = 0.02;
        double sigma = 0.3;
        double sum = 0;
        for (int path = 0; path < PATHS; path++) {
            GeometricBrownianPrice price = new GeometricBrownianPrice(2.0, mu, sigma, random);
            price.endEpoch(0);
            sum += price.price();
        }

        // E[p_1] = 2 e^0.02 = 2.040403; sd of p_1 = 2 e^0.02 sqrt(e^0.09 - 1) = 0.626, so the standard
        // error of the mean of 2e5 paths is 0.0014: allow 4 of them
        assertEquals(2.0 * Math.exp(mu), sum / PATHS, 4 * 0.0014);
    }

    @Test
    void logPriceStepHasMeanDriftMinusHalfVarianceAndSdSigma() {
        RandomGenerator random = new MersenneTwister(8);
        double mu = 0.05;
        double sigma = 0.4;
        double sum = 0;
        double sumOfSquares = 0;
        for (int path = 0; path < PATHS; path++) {
            GeometricBrownianPrice price = new GeometricBrownianPrice(1.0, mu, sigma, random);
            price.endEpoch(0);
            double step = Math.log(price.price());
            sum += step;
            sumOfSquares += step * step;
        }
        double mean = sum / PATHS;
        double sd = Math.sqrt(sumOfSquares / PATHS - mean * mean);

        // mean 0.05 - 0.16/2 = -0.03 with standard error 0.4 / sqrt(2e5) = 0.0009;
        // sd 0.4 with standard error 0.4 / sqrt(4e5) = 0.0006
        assertEquals(-0.03, mean, 4 * 0.0009);
        assertEquals(0.4, sd, 4 * 0.0006);
    }

    @Test
    void zeroVolatilityGrowsDeterministicallyByExpDriftEachEpoch() {
        GeometricBrownianPrice price = new GeometricBrownianPrice(10.0, 0.01, 0.0, new MersenneTwister(1));

        for (int epoch = 0; epoch < 100; epoch++) {
            price.endEpoch(epoch);
        }

        // 10 e^(100 * 0.01) = 10 e
        assertEquals(10 * Math.E, price.price(), 1e-12);
    }

    @Test
    void sameSeedGivesTheSamePathAndSkippedEpochsStillStep() {
        GeometricBrownianPrice inOrder = new GeometricBrownianPrice(1.0, 0.0, 0.2, new MersenneTwister(3));
        GeometricBrownianPrice skipping = new GeometricBrownianPrice(1.0, 0.0, 0.2, new MersenneTwister(3));

        inOrder.endEpoch(0);
        inOrder.endEpoch(1);
        inOrder.endEpoch(2);
        skipping.endEpoch(2);

        // both moved to epoch 3 with the same three normals
        assertEquals(inOrder.price(), skipping.price());
    }

    @Test
    void epochThatHasAlreadyEndedIsRefused() {
        GeometricBrownianPrice price = new GeometricBrownianPrice(1.0, 0.0, 0.2, new MersenneTwister(3));
        price.endEpoch(4);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> price.endEpoch(4));

        assertEquals("epoch 4 has already ended: the current epoch is 5", e.getMessage());
    }

    @Test
    void negativeVolatilityIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new GeometricBrownianPrice(1.0, 0.0, -0.1, new MersenneTwister(3)));
        assertEquals("volatilityPerEpoch must be finite and >= 0, was -0.1", e.getMessage());
    }
}
