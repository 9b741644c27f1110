package org.depinlab.tokenomics.price;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PriceTakerTest {

    @Test
    void tradesClearAtThePriceWithoutMovingIt() {
        TokenMarket market = new PriceTaker(new ConstantPrice(0.5));

        assertEquals(50.0, market.sell(100));
        assertEquals(200.0, market.buy(100));
        assertEquals(40.0, market.costToBuy(80));
        assertEquals(0.5, market.price());
    }

    @Test
    void priceFollowsItsPathEpochByEpoch() {
        TokenMarket market = new PriceTaker(new ReplayedPrice(List.of(1.0, 4.0)));

        market.endEpoch(0);

        assertEquals(4.0, market.price());
        assertEquals(25.0, market.buy(100));
    }
}
