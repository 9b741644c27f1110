package org.depinlab.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenSupplyTest {

    @Test
    void growthOverAFifthOfAYearCompoundsFiveTimesAYear() {
        // 1 000 tokens, 100 minted, 50 burned, over 73 days = 365 / 5
        TokenSupply supply = new TokenSupply(1_000, 100, 1_050, 73);
        assertEquals(Math.pow(1.1, 5) - 1, supply.emissionInflationAnnual(), 1e-12);
        assertEquals(0.61051, supply.emissionInflationAnnual(), 1e-9);
        assertEquals(Math.pow(1.05, 5) - 1, supply.netInflationAnnual(), 1e-12);
        assertEquals(0.2762815625, supply.netInflationAnnual(), 1e-9);
    }

    @Test
    void aYearsGrowthIsItsOwnRateAndASupplyThatShrankHasANegativeRate() {
        assertEquals(0.1, new TokenSupply(1_000, 100, 1_100, 365).emissionInflationAnnual(), 1e-12);
        assertEquals(-0.1, new TokenSupply(1_000, 0, 810, 730).netInflationAnnual(), 1e-12);
    }

    @Test
    void withoutASupplyAtTheStartThereIsNoRate() {
        assertTrue(Double.isNaN(new TokenSupply(0, 100, 100, 30).emissionInflationAnnual()));
    }
}
