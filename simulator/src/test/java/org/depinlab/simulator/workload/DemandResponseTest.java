package org.depinlab.simulator.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DemandResponseTest {

    @Test
    void theTargetIsThePriceRatioToTheMinusElasticityTimesTheShareToTheQualityExponent() {
        DemandResponse response = new DemandResponse(2.0, 1.0, 2.0, 4, 10);
        // (4 / 2)^-1 × 0.5^2 = 0.5 × 0.25
        assertEquals(0.125, response.target(4.0, 0.5, 0), 1e-15);
        // (1 / 2)^-1 × 1 = 2
        assertEquals(2.0, response.target(1.0, 1.0, 0), 1e-15);
    }

    @Test
    void waitsLowerTheTargetByOnePlusTheWaitOverTheReferenceToTheMinusWaitExponent() {
        DemandResponse response = new DemandResponse(2.0, 1.0, 0, 4, 10, 2.0, 1_800);
        // (2 / 2)^-1 × (1 + 3 600 / 1 800)^-2 = 1 / 9
        assertEquals(1.0 / 9, response.target(2.0, 1.0, 3_600), 1e-15);
        assertEquals(1.0, response.target(2.0, 1.0, 0), 1e-15, "no wait, no penalty");
        assertEquals(1.0, new DemandResponse(2.0, 1.0, 0, 4, 10).target(2.0, 1.0, 1e9), 0,
                "waits do not matter by default");
        assertThrows(IllegalArgumentException.class, () -> new DemandResponse(2.0, 1, 1, 1, 4, -1, 3_600));
        assertThrows(IllegalArgumentException.class, () -> new DemandResponse(2.0, 1, 1, 1, 4, 1, 0));
    }

    @Test
    void theTargetIsCappedAtTheMostDemandCanGrow() {
        assertEquals(3.0, new DemandResponse(2.0, 2.0, 0, 1, 3).target(0.5, 1, 0), 0);
    }

    @Test
    void smoothingMovesAFractionOfTheWayToTheTarget() {
        DemandResponse response = new DemandResponse(2.0, 1.0, 1.0, 4, 10);
        assertEquals(0.75, response.smooth(1.0, 0.0), 1e-15);
        assertEquals(0.0, new DemandResponse(2.0, 1.0, 1.0, 1, 10).smooth(1.0, 0.0), 0);
    }

    @Test
    void refusesSmoothingUnderOneEpochAndAMultiplierCapUnderOne() {
        assertThrows(IllegalArgumentException.class, () -> new DemandResponse(2.0, 1, 1, 0.5, 4));
        assertThrows(IllegalArgumentException.class, () -> new DemandResponse(2.0, 1, 1, 1, 0.5));
    }
}
