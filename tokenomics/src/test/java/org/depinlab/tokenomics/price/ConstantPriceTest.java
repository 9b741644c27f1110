package org.depinlab.tokenomics.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConstantPriceTest {

    @Test
    void priceNeverMoves() {
        TokenPrice price = new ConstantPrice(0.42);

        price.endEpoch(0);
        price.endEpoch(1);

        assertEquals(0.42, price.price());
    }

    @Test
    void zeroPriceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConstantPrice(0.0));
        assertEquals("usd must be finite and > 0, was 0.0", e.getMessage());
    }
}
