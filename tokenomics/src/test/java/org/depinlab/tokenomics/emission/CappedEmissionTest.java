package org.depinlab.tokenomics.emission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CappedEmissionTest {

    @Test
    void emissionStopsExactlyAtTheCap() {
        EmissionSchedule schedule = new CappedEmission(new ConstantEmission(30.0), 100.0);

        // 30, 30, 30, then only 100 - 90 = 10 remain, then nothing
        double minted = 0;
        double[] expected = {30, 30, 30, 10, 0, 0};
        for (int epoch = 0; epoch < expected.length; epoch++) {
            double emitted = schedule.emission(epoch, minted);
            assertEquals(expected[epoch], emitted);
            minted += emitted;
        }
        assertEquals(100.0, minted);
    }

    @Test
    void capAboveTheInnerScheduleChangesNothing() {
        EmissionSchedule inner = new HalvingEmission(64.0, 2);
        EmissionSchedule capped = new CappedEmission(inner, 1e9);

        for (int epoch = 0; epoch < 20; epoch++) {
            assertEquals(inner.emission(epoch, 0.0), capped.emission(epoch, 0.0));
        }
    }

    @Test
    void mintedPastTheCapGivesZeroNotANegativeEmission() {
        // max(0, 100 - 150) = 0
        assertEquals(0.0, new CappedEmission(new ConstantEmission(5.0), 100.0).emission(0, 150.0));
    }

    @Test
    void negativeCapIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CappedEmission(new ConstantEmission(5.0), -1.0));
        assertEquals("cap must be finite and >= 0, was -1.0", e.getMessage());
    }
}
