package org.depinlab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The MSER-5 warm-up rule against series whose transient is known. */
class Mser5Test {

    @Test
    void aTransientOfTwentyObservationsBeforeANoisyLevelIsCutAtTwenty() {
        Random random = new Random(7);
        double[] series = new double[120];
        for (int i = 20; i < series.length; i++) {
            series[i] = 10 + random.nextGaussian();
        }
        int warmup = Mser5.warmup(series);
        assertTrue(warmup >= 20 && warmup <= 30, "the transient and at most two batches more: " + warmup);
    }

    @Test
    void aRampThatSettlesIsCutWhereItSettles() {
        Random random = new Random(3);
        double[] series = new double[200];
        for (int i = 0; i < series.length; i++) {
            series[i] = Math.min(i, 40) + random.nextGaussian();
        }
        assertEquals(40, Mser5.warmup(series), 5);
    }

    @Test
    void aStationarySeriesKeepsEverything() {
        double[] constant = new double[50];
        Arrays.fill(constant, 3);
        assertEquals(0, Mser5.warmup(constant));
    }

    @Test
    void theCutStaysInTheFirstHalfOfTheBatches() {
        // rising all the way, the spread of what is kept shrinks with every cut: the best is as late as
        // allowed, batch (k − 1) / 2 = 4 of 10
        double[] rising = new double[50];
        Arrays.setAll(rising, i -> i);
        assertEquals(20, Mser5.warmup(rising));
        assertEquals(0, Mser5.warmup(new double[] {5, 1, 2, 3, 4, 6, 7, 8, 9}), "fewer than two batches");
    }
}
