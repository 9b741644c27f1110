package org.depinlab.tokenomics.emission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HalvingEmissionTest {

    @ParameterizedTest
    @CsvSource({
        // epoch, expected: 50 / 2^floor(epoch / 4)
        "0, 50.0",
        "3, 50.0",
        "4, 25.0",
        "7, 25.0",
        "8, 12.5",
        "12, 6.25",
        "40, 0.048828125", // 50 / 2^10 = 50 / 1024
    })
    void emissionHalvesAtTheStartOfEveryEra(int epoch, double expected) {
        assertEquals(expected, new HalvingEmission(50.0, 4).emission(epoch, 0.0));
    }

    @Test
    void totalOverManyErasApproachesTwiceTheFirstEra() {
        HalvingEmission schedule = new HalvingEmission(50.0, 210);

        double total = 0;
        for (int epoch = 0; epoch < 210 * 64; epoch++) {
            total += schedule.emission(epoch, total);
        }

        // 210 * 50 * (1 + 1/2 + 1/4 + ...) = 21000 * (1 - 2^-64) = 21000 to double precision
        assertEquals(21_000.0, total, 1e-9);
    }

    @Test
    void emissionReachesExactlyZeroAfterTheExponentLeavesTheDoubleRange() {
        // 2^-1100 is below the smallest subnormal 2^-1074
        assertEquals(0.0, new HalvingEmission(1.0, 1).emission(1100, 0.0));
    }

    @Test
    void eraShorterThanOneEpochIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HalvingEmission(50.0, 0));
        assertEquals("epochsPerHalving must be >= 1, was 0", e.getMessage());
    }

    @Test
    void negativeInitialEmissionIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HalvingEmission(-50.0, 4));
        assertEquals("initialPerEpoch must be finite and >= 0, was -50.0", e.getMessage());
    }
}
