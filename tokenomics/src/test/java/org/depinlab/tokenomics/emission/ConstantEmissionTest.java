package org.depinlab.tokenomics.emission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConstantEmissionTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 17, 1_000_000, Integer.MAX_VALUE})
    void everyEpochMintsTheSameAmountWhateverWasMintedBefore(int epoch) {
        EmissionSchedule schedule = new ConstantEmission(250.0);

        assertEquals(250.0, schedule.emission(epoch, 0.0));
        assertEquals(250.0, schedule.emission(epoch, 1e12));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1.0, Double.NaN, Double.POSITIVE_INFINITY})
    void perEpochThatIsNotFiniteAndNonNegativeIsRefused(double perEpoch) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConstantEmission(perEpoch));
        assertEquals("perEpoch must be finite and >= 0, was " + perEpoch, e.getMessage());
    }

    @Test
    void negativeEpochIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConstantEmission(1.0).emission(-1, 0.0));
        assertEquals("epoch must be >= 0, was -1", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.5, Double.NaN, Double.POSITIVE_INFINITY})
    void mintedSoFarThatIsNotFiniteAndNonNegativeIsRefused(double mintedSoFar) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConstantEmission(1.0).emission(3, mintedSoFar));
        assertEquals("mintedSoFar must be finite and >= 0, was " + mintedSoFar, e.getMessage());
    }
}
