package org.depinlab.tokenomics.reward;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ProRataCapacityTest {

    @Test
    void splitsThePoolByCapacityAmongOnlineRecipientsWhateverTheirStakeOrWork() {
        Contributions c = new Contributions(new double[] {0, 90, 5, 1}, new double[] {1, 1, 0, 1},
                new double[] {1000, 1, 50, 0}, new double[] {4, 1, 7, 0});
        double[] rewards = new double[4];

        double unallocated = new ProRataCapacity().allocate(100, c, rewards);

        // eligible capacity 4 + 1 + 0 = 5 (recipient 2 is offline): 80, 20, 0, 0
        assertArrayEquals(new double[] {80, 20, 0, 0}, rewards, 1e-12);
        assertEquals(0.0, unallocated);
    }

    @Test
    void wholePoolIsReturnedWhenNoOnlineRecipientHasCapacity() {
        Contributions c = new Contributions(new double[] {1}, new double[] {1}, new double[] {1}, new double[] {0});
        double[] rewards = new double[1];

        assertEquals(100.0, new ProRataCapacity().allocate(100, c, rewards));
    }

    @Test
    void contributionsWithoutCapacityAreRefused() {
        Contributions c = new Contributions(new double[] {1}, new double[] {1}, new double[] {1});

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ProRataCapacity().allocate(100, c, new double[1]));
        assertEquals("pro-rata capacity needs contributions with capacity measured", e.getMessage());
    }
}
