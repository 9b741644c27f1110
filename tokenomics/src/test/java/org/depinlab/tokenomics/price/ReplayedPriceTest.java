package org.depinlab.tokenomics.price;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReplayedPriceTest {

    @Test
    void priceFollowsThePathThenStaysAtItsLastValue() {
        ReplayedPrice price = new ReplayedPrice(List.of(1.0, 1.5, 0.75));

        assertEquals(1.0, price.price());
        price.endEpoch(0);
        assertEquals(1.5, price.price());
        price.endEpoch(1);
        assertEquals(0.75, price.price());
        price.endEpoch(2);
        assertEquals(0.75, price.price());
        price.endEpoch(1000);
        assertEquals(0.75, price.price());
    }

    @Test
    void endingALaterEpochJumpsToTheEpochAfterIt() {
        ReplayedPrice price = new ReplayedPrice(List.of(1.0, 2.0, 3.0, 4.0));

        price.endEpoch(1);

        assertEquals(3.0, price.price());
    }

    @Test
    void epochThatHasAlreadyEndedIsRefused() {
        ReplayedPrice price = new ReplayedPrice(List.of(1.0, 2.0));
        price.endEpoch(0);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> price.endEpoch(0));

        assertEquals("epoch 0 has already ended: the current epoch is 1", e.getMessage());
    }

    @Test
    void nonPositivePriceIsRefusedByIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReplayedPrice(List.of(1.0, 0.0)));
        assertEquals("usdPerEpoch at index 1 is 0.0: prices must be finite and > 0", e.getMessage());
    }

    @Test
    void emptyPathIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReplayedPrice(List.of()));
        assertEquals("usdPerEpoch must not be empty: a path needs the price of epoch 0", e.getMessage());
    }
}
