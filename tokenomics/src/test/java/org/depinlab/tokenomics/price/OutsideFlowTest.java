package org.depinlab.tokenomics.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

class OutsideFlowTest {

    private static final int EPOCHS = 200_000;

    @Test
    void flowsHaveTheirMeanStandardDeviationAndPersistenceOverManyEpochs() {
        double mean = 1_000;
        double sd = 5_000;
        double phi = 0.5;
        OutsideFlow flow = new OutsideFlow(mean, sd, phi, new MersenneTwister(11));
        SummaryStatistics stats = new SummaryStatistics();
        double previous = flow.next();
        stats.addValue(previous);
        double lagged = 0;
        for (int e = 1; e < EPOCHS; e++) {
            double f = flow.next();
            stats.addValue(f);
            lagged += (f - mean) * (previous - mean);
            previous = f;
        }
        // AR(1): the mean's standard error is sd √((1+φ)/(1−φ)/n) = 0.0039 sd, the variance's
        // sd² √(2(1+φ²)/(1−φ²)/n) = 0.0041 sd², the lag-1 correlation's √((1−φ²)/n) = 0.0019: 4 of each
        assertEquals(mean, stats.getMean(), 4 * 0.0039 * sd);
        assertEquals(sd * sd, stats.getVariance(), 4 * 0.0041 * sd * sd);
        assertEquals(phi, lagged / (EPOCHS - 1) / (sd * sd), 4 * 0.0019 + 4 * 0.0041 * phi);
    }

    @Test
    void withoutVolatilityEveryFlowIsTheMean() {
        OutsideFlow flow = new OutsideFlow(-250, 0, 0.9, new MersenneTwister(3));
        for (int e = 0; e < 10; e++) {
            assertEquals(-250, flow.next(), 0);
        }
    }

    @Test
    void netBuyingRaisesThePoolsPriceAsTheConstantProductSays() {
        ConstantProductAmm pool = new ConstantProductAmm(1_000, 500);
        double bought = OutsideFlow.trade(pool, 100, 0);
        // tokens out = 1000 × 100 / 600; price (U + F)² / k = 600² / 500 000 = 0.72
        assertEquals(1_000.0 * 100 / 600, bought, 1e-12);
        assertEquals(0.72, pool.price(), 1e-12);
    }

    @Test
    void netSellingLowersThePoolsPriceAsTheConstantProductSays() {
        ConstantProductAmm pool = new ConstantProductAmm(1_000, 500);
        // 50 USD at 0.5 USD a token is 100 tokens; price k / (T + s)² = 500 000 / 1100²
        assertEquals(-100, OutsideFlow.trade(pool, -50, 1_000), 1e-12);
        assertEquals(500_000.0 / (1_100.0 * 1_100.0), pool.price(), 1e-12);
    }

    @Test
    void outsidersSellNoMoreThanTheyHold() {
        ConstantProductAmm pool = new ConstantProductAmm(1_000, 500);
        assertEquals(-30, OutsideFlow.trade(pool, -50, 30), 0);
        assertEquals(1_030, pool.tokenReserve(), 1e-12);
        assertEquals(0, OutsideFlow.trade(pool, -50, 0), 0);
        assertEquals(1_030, pool.tokenReserve(), 1e-12);
    }

    @Test
    void refusesPersistenceOfOneOrMore() {
        assertThrows(IllegalArgumentException.class, () -> new OutsideFlow(0, 1, 1, new MersenneTwister(1)));
    }
}
