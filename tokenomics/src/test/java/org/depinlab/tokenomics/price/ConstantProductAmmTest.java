package org.depinlab.tokenomics.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ConstantProductAmmTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void priceIsUsdReserveOverTokenReserve() {
        assertEquals(2.0, new ConstantProductAmm(1000, 2000).price());
    }

    @Test
    void sellingTokensPaysOutWhatKeepsTheProductAndLowersThePrice() {
        ConstantProductAmm amm = new ConstantProductAmm(1000, 2000);

        double usd = amm.sell(1000);

        // k = 2e6; tokens 2000 -> usd 2e6 / 2000 = 1000, so 1000 USD out; price 1000/2000 = 0.5
        assertEquals(1000.0, usd, TOLERANCE);
        assertEquals(2000.0, amm.tokenReserve());
        assertEquals(1000.0, amm.usdReserve(), TOLERANCE);
        assertEquals(0.5, amm.price(), TOLERANCE);
    }

    @Test
    void buyingTokensPaysOutWhatKeepsTheProductAndRaisesThePrice() {
        ConstantProductAmm amm = new ConstantProductAmm(1000, 2000);

        double tokens = amm.buy(1000);

        // usd 3000 -> tokens 2e6 / 3000 = 666.667, so 333.333 out; price 3000 / 666.667 = 4.5
        assertEquals(1000.0 / 3, tokens, TOLERANCE);
        assertEquals(4.5, amm.price(), TOLERANCE);
    }

    @Test
    void productOfReservesStaysKThroughManyRandomTrades() {
        ConstantProductAmm amm = new ConstantProductAmm(1e6, 5e5);
        double k = 1e6 * 5e5;
        SplittableRandom random = new SplittableRandom(5);

        for (int trade = 0; trade < 10_000; trade++) {
            double before = amm.price();
            // trades up to 100 times the pool's size on either side
            double size = Math.exp(random.nextDouble(-10, 5));
            if (random.nextBoolean()) {
                amm.sell(size * amm.tokenReserve());
                assertTrue(amm.price() < before);
            } else {
                amm.buy(size * amm.usdReserve());
                assertTrue(amm.price() > before);
            }
        }

        assertEquals(k, amm.tokenReserve() * amm.usdReserve(), 1e-10 * k);
    }

    @Test
    void sellingThenBuyingBackWithTheProceedsRestoresThePool() {
        ConstantProductAmm amm = new ConstantProductAmm(1000, 2000);

        double usd = amm.sell(250);
        double tokens = amm.buy(usd);

        // no fee: the round trip returns the 250 tokens and the reserves
        assertEquals(250.0, tokens, 1e-9);
        assertEquals(1000.0, amm.tokenReserve(), 1e-9);
        assertEquals(2000.0, amm.usdReserve(), 1e-9);
    }

    @Test
    void theCostToBuyTokensBuysExactlyThemAndMovesNothingByItself() {
        ConstantProductAmm amm = new ConstantProductAmm(1000, 2000);

        double cost = amm.costToBuy(200);

        assertEquals(2000.0 * 200 / 800, cost, 1e-9);
        assertEquals(2.0, amm.price());
        assertEquals(200, amm.buy(cost), 1e-9);
        assertEquals(2500.0 / 800, amm.price(), 1e-12);
    }

    @Test
    void theWholeTokenReserveCannotBeBoughtAtAnyPrice() {
        ConstantProductAmm amm = new ConstantProductAmm(1000, 2000);

        assertEquals(Double.POSITIVE_INFINITY, amm.costToBuy(1000));
        assertEquals(Double.POSITIVE_INFINITY, amm.costToBuy(5000));
        assertEquals(0.0, amm.costToBuy(0));
    }

    @Test
    void endOfEpochDoesNotMoveThePrice() {
        ConstantProductAmm amm = new ConstantProductAmm(10, 30);

        amm.endEpoch(0);

        assertEquals(3.0, amm.price());
    }

    @Test
    void negativeTradeIsRefused() {
        ConstantProductAmm amm = new ConstantProductAmm(10, 30);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> amm.sell(-1));
        assertEquals("tokens must be finite and >= 0, was -1.0", e.getMessage());
    }

    @Test
    void emptyReserveIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConstantProductAmm(10, 0));
        assertEquals("usdReserve must be finite and > 0, was 0.0", e.getMessage());
    }
}
