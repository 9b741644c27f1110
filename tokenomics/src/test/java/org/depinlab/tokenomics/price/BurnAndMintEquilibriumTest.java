package org.depinlab.tokenomics.price;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Render's burn-and-mint on a pool: every epoch M new tokens are sold into the pool and customers'
 * F USD of fees buy tokens that are burned. The pool's token reserve x follows
 * {@code x' = k / (k / (x + M) + F)}, a contraction with one fixed point where the tokens bought
 * equal M: burn equals mint and the supply stops moving.
 */
class BurnAndMintEquilibriumTest {

    private static final double MINT = 1_000;
    private static final double FEES_USD = 5_000;

    @Test
    void burnConvergesToMintAndTheSupplyStops() {
        ConstantProductAmm pool = new ConstantProductAmm(100_000, 200_000);
        double supply = 1e6;
        double burned = 0;
        double previousSupply = 0;
        for (int epoch = 0; epoch < 2_000; epoch++) {
            pool.sell(MINT);
            burned = pool.buy(FEES_USD);
            previousSupply = supply;
            supply += MINT - burned;
        }

        // the error shrinks by the map's slope (< 1) each epoch: after 2000 epochs it is below rounding
        assertEquals(MINT, burned, 1e-9 * MINT);
        assertEquals(previousSupply, supply, 1e-9 * supply);
    }

    @Test
    void theFixedPointPaysFOverMPerTokenAndItsSpotPriceIsTheQuadraticsRoot() {
        ConstantProductAmm pool = new ConstantProductAmm(100_000, 200_000);
        double k = 100_000.0 * 200_000;
        double usdForMint = 0;
        for (int epoch = 0; epoch < 2_000; epoch++) {
            usdForMint = pool.sell(MINT);
            pool.buy(FEES_USD);
        }
        // fixed point: k M / (x (x + M)) = F, so x^2 + M x - k M / F = 0
        double x = (-MINT + Math.sqrt(MINT * MINT + 4 * k * MINT / FEES_USD)) / 2;

        assertEquals(FEES_USD / MINT, usdForMint / MINT, 1e-9);
        assertEquals(x, pool.tokenReserve(), 1e-9 * x);
        assertEquals(k / (x * x), pool.price(), 1e-9 * pool.price());
    }
}
