package org.depinlab.tokenomics.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeeSplitTest {

    @Test
    void protocolKeepsTheTakeRateAndTheOperatorTheRest() {
        FeeSplit split = new FeeSplit(0.15);

        // 200 * 0.15 = 30 to the protocol, 170 to the operator
        assertEquals(30.0, split.toProtocol(200), 1e-12);
        assertEquals(170.0, split.toOperator(200), 1e-12);
    }

    @Test
    void zeroTakeRateGivesTheOperatorEverything() {
        FeeSplit split = new FeeSplit(0.0);

        assertEquals(0.0, split.toProtocol(99.5));
        assertEquals(99.5, split.toOperator(99.5));
    }

    @Test
    void partsAddUpToTheFee() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 10_000; i++) {
            FeeSplit split = new FeeSplit(random.nextDouble(0, 1));
            double fee = Math.exp(random.nextDouble(-20, 20));

            assertEquals(fee, split.toOperator(fee) + split.toProtocol(fee), Math.ulp(fee));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.0, Double.NaN})
    void takeRateOutsideZeroToOneIsRefused(double takeRate) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeeSplit(takeRate));
        assertEquals("takeRate must be in [0, 1), was " + takeRate, e.getMessage());
    }

    @Test
    void negativeFeeIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeeSplit(0.1).toOperator(-5));
        assertEquals("feeUsd must be finite and >= 0, was -5.0", e.getMessage());
    }

    @Test
    void aBurnShareTakesItsPartOfTheFeeFromTheOperator() {
        // Render-style: 95 % burned, 5 % taken, nothing left to the operator
        FeeSplit render = new FeeSplit(0.05, 0.95);
        FeeSplit split = new FeeSplit(0.1, 0.3);

        assertEquals(95.0, render.toBurn(100), 1e-12);
        assertEquals(0.0, render.toOperator(100), 1e-12);
        assertEquals(60.0, split.toOperator(100), 1e-12);
        assertEquals(100.0, split.toOperator(100) + split.toProtocol(100) + split.toBurn(100), 1e-12);
    }

    @Test
    void refusesABurnShareThatWithTheTakeExceedsTheFee() {
        assertThrows(IllegalArgumentException.class, () -> new FeeSplit(0.2, 0.9));
        assertThrows(IllegalArgumentException.class, () -> new FeeSplit(0, 1.01));
    }
}
