package org.depinlab.tokenomics.emission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InflationEmissionTest {

    @Test
    void eachEpochMintsTheRatePerEpochOfTheBaseAndWhatWasMinted() {
        // 10 % a year over 365 epochs a year on 1e9 tokens: 1e9 * 0.1 / 365 = 273 972.6... in epoch 0
        InflationEmission inflation = InflationEmission.annual(1e9, 0.10, 365);

        assertEquals(1e9 * 0.10 / 365, inflation.emission(0, 0), 1e-6);
        assertEquals((1e9 + 5e6) * 0.10 / 365, inflation.emission(40, 5e6), 1e-6);
    }

    @Test
    void aYearCompoundsEpochByEpoch() {
        InflationEmission inflation = InflationEmission.annual(1e9, 0.10, 365);
        double minted = 0;
        for (int e = 0; e < 365; e++) {
            minted += inflation.emission(e, minted);
        }

        // (1 + 0.1/365)^365 - 1 = 0.105155...
        assertEquals(1e9 * (Math.pow(1 + 0.10 / 365, 365) - 1), minted, 1e-3);
    }

    @Test
    void refusesARateAboveOneAndAYearOfLessThanAnEpoch() {
        assertThrows(IllegalArgumentException.class, () -> new InflationEmission(1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> InflationEmission.annual(1, 0.1, 0.5));
    }
}
