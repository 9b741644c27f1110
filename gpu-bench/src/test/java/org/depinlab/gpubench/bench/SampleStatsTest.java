package org.depinlab.gpubench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SampleStatsTest {

    @Test
    void quartilesInterpolateLinearlyLikeRAndNumpy() {
        // R: quantile(c(4, 1, 3, 2), c(.25, .5, .75)) = 1.75 2.5 3.25
        SampleStats stats = SampleStats.of(new double[] {4, 1, 3, 2});
        assertEquals(2.5, stats.median(), 1e-12);
        assertEquals(1.75, stats.q1(), 1e-12);
        assertEquals(3.25, stats.q3(), 1e-12);
        assertEquals(1.5, stats.iqr(), 1e-12);
    }

    @Test
    void oddCountMedianIsTheMiddleSample() {
        SampleStats stats = SampleStats.of(new double[] {9, 1, 5, 7, 3});
        assertEquals(5, stats.median(), 1e-12);
        assertEquals(4, stats.iqr(), 1e-12);
    }

    @Test
    void noSamplesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SampleStats.of(new double[0]));
    }
}
