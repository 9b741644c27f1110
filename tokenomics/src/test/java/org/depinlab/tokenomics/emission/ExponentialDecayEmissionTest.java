package org.depinlab.tokenomics.emission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExponentialDecayEmissionTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void eachEpochEmitsTheDecayedFractionOfThePrevious() {
        EmissionSchedule schedule = new ExponentialDecayEmission(1000.0, 0.1);

        // 1000 * 0.9^e: 1000, 900, 810, 729
        assertEquals(1000.0, schedule.emission(0, 0.0));
        assertEquals(900.0, schedule.emission(1, 0.0), TOLERANCE);
        assertEquals(810.0, schedule.emission(2, 0.0), TOLERANCE);
        assertEquals(729.0, schedule.emission(3, 0.0), TOLERANCE);
    }

    @Test
    void totalOverAllEpochsIsInitialOverDecay() {
        EmissionSchedule schedule = new ExponentialDecayEmission(1000.0, 0.01);

        double total = 0;
        for (int epoch = 0; epoch < 10_000; epoch++) {
            total += schedule.emission(epoch, total);
        }

        // geometric series 1000 / 0.01 = 100000; the tail after 10^4 epochs is 10^5 * 0.99^10000 ~ 2e-39
        assertEquals(100_000.0, total, 1e-7);
    }

    @Test
    void zeroDecayIsConstant() {
        assertEquals(7.0, new ExponentialDecayEmission(7.0, 0.0).emission(123_456, 0.0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, 2.0, Double.NaN})
    void decayOutsideZeroToOneIsRefused(double decay) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ExponentialDecayEmission(1.0, decay));
        assertEquals("decayPerEpoch must be in [0, 1), was " + decay, e.getMessage());
    }
}
