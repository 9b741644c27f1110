package org.depinlab.simulator.adversary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A rational cheater cheats below p* = gain / (slash + future loss) and stops above it. */
class RationalCheatingTest {

    @Test
    void sweepAroundTheThresholdSwitchesWhereTheFormulaPutsIt() {
        double gain = 120;
        double slash = 500;
        double future = 700;
        double threshold = RationalCheating.threshold(gain, slash, future);
        assertEquals(0.1, threshold, 1e-15);
        for (int i = -50; i <= 50; i++) {
            double p = threshold * (1 + i / 100.0);
            boolean cheats = RationalCheating.cheats(gain, p, slash, future);
            assertEquals(p < threshold, cheats, "p = " + p);
        }
    }

    @Test
    void withoutPenaltyCheatingAlwaysPays() {
        assertEquals(Double.POSITIVE_INFINITY, RationalCheating.threshold(1, 0, 0));
        assertTrue(RationalCheating.cheats(1, 1, 0, 0));
        assertFalse(RationalCheating.cheats(0, 0, 0, 0));
    }

    @Test
    void theBeliefIsTheBetaPosteriorMeanAndDetectionCompoundsOverJobs() {
        assertEquals(0.5, RationalCheating.checkProbability(0, 0), 0);
        assertEquals(6.0 / 102, RationalCheating.checkProbability(5, 100), 1e-15);
        assertEquals(1 - 0.9 * 0.9 * 0.9, RationalCheating.detection(0.1, 3), 1e-15);
    }
}
