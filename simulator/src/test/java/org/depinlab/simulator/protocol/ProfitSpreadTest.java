package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The spread of cumulative profit with losses, against a hand computation. */
class ProfitSpreadTest {

    private static OperatorLedger ledger(String operatorClass, int epochsActive, double profit) {
        return new OperatorLedger("op", operatorClass, 1, epochsActive, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                profit, epochsActive > 0);
    }

    @Test
    void lossesCountInTheGiniAndInEachClasssShareInLoss() {
        ProfitSpread spread = ProfitSpread.of(List.of(ledger("datacenter", 5, 100), ledger("datacenter", 5, -50),
                ledger("hobbyist", 5, 0), ledger("hobbyist", 2, -10), ledger("hobbyist", 0, 0),
                ledger("reserve", 0, 0)));

        // operators that took part: 100, -50, 0, -10 (the two never active are left out);
        // |differences| 40, 50, 150, 10, 110, 100 = 460 each way; sum |profit| = 160:
        // G = 2 x 460 / (2 x 4 x 160) = 0.71875
        assertEquals(4, spread.operators());
        assertEquals(0.71875, spread.gini(), 1e-12);
        assertEquals(0.5, spread.inLossShare(), 1e-12);
        assertEquals(new ProfitSpread.ClassOutcome(2, 0.5, 0.5), spread.byClass().get("datacenter"));
        // a profit of exactly 0 is neither loss nor profit
        assertEquals(new ProfitSpread.ClassOutcome(2, 0.5, 0.0), spread.byClass().get("hobbyist"));
        assertEquals(new ProfitSpread.ClassOutcome(0, Double.NaN, Double.NaN), spread.byClass().get("reserve"));
        assertEquals(List.of("datacenter", "hobbyist", "reserve"), List.copyOf(spread.byClass().keySet()));
    }
}
