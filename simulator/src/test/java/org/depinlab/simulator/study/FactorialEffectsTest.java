package org.depinlab.simulator.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FactorialEffectsTest {

    /** y = 3 + 2 a - b + 0.5 c + 1.5 ab - 0.25 bc (+ a replication offset the contrasts cancel), in -1/+1 units. */
    private static double[][] linear(FactorialDesign design, int replications) {
        double[][] y = new double[design.signs().length][replications];
        for (int i = 0; i < y.length; i++) {
            int[] x = design.signs()[i];
            for (int r = 0; r < replications; r++) {
                y[i][r] = 3 + 2 * x[0] - x[1] + 0.5 * x[2] + 1.5 * x[0] * x[1] - 0.25 * x[1] * x[2] + 0.1 * r;
            }
        }
        return y;
    }

    @Test
    void fullFactorialRecoversALinearModelsEffectsExactly() {
        FactorialDesign design = FactorialDesign.full(3);
        FactorialEffects effects = FactorialEffects.of(design, List.of("a", "b", "c"), linear(design, 3));
        double[] main = {4, -2, 1};
        for (int j = 0; j < 3; j++) {
            assertEquals(main[j], effects.main().get(j).mean(), 1e-12);
            assertEquals(main[j], effects.main().get(j).low(), 1e-12, "no noise, no width");
        }
        assertEquals(List.of("a x b", "a x c", "b x c"), effects.interactions().stream().map(Estimate::label).toList());
        assertEquals(3, effects.interactions().get(0).mean(), 1e-12);
        assertEquals(0, effects.interactions().get(1).mean(), 1e-12);
        assertEquals(-0.5, effects.interactions().get(2).mean(), 1e-12);
    }

    @Test
    void resolutionFiveFractionOfFiveFactorsRecoversTheSameEffectsInHalfTheRuns() {
        FactorialDesign design = FactorialDesign.fractional(5, 5);
        assertEquals(16, design.signs().length);
        FactorialEffects effects = FactorialEffects.of(design, List.of("a", "b", "c", "d", "e"), linear(design, 2));
        assertEquals(4, effects.main().get(0).mean(), 1e-12);
        assertEquals(0, effects.main().get(4).mean(), 1e-12);
        assertEquals(3, effects.interactions().get(0).mean(), 1e-12);
    }

    @Test
    void fractionsAreTheSmallestOfTheirResolution() {
        assertEquals(8, FactorialDesign.fractional(7, 3).signs().length);
        assertEquals(16, FactorialDesign.fractional(7, 4).signs().length);
        assertEquals(16, FactorialDesign.fractional(8, 4).signs().length);
        assertEquals(8, FactorialDesign.fractional(4, 4).signs().length);
        assertTrue(FactorialDesign.fractional(4, 5).isFull(), "no fraction of 4 factors has resolution 5");
        int[][] signs = FactorialDesign.fractional(7, 4).signs();
        for (int a = 0; a < 7; a++) {
            for (int b = 0; b < 7; b++) {
                int dot = 0;
                for (int[] row : signs) {
                    dot += row[a] * row[b];
                }
                assertEquals(a == b ? signs.length : 0, dot, "columns " + a + " and " + b + " are orthogonal");
            }
        }
    }

    @Test
    void shapleyAttributionsSumToTheChangeFromLowToHighCorner() {
        FactorialDesign design = FactorialDesign.full(3);
        double[][] y = linear(design, 4);
        ShapleyAttribution shapley = ShapleyAttribution.of(List.of("a", "b", "c"), y);
        double sum = shapley.attributions().stream().mapToDouble(Estimate::mean).sum();
        assertEquals(y[7][0] - y[0][0], shapley.total().mean(), 1e-12);
        assertEquals(shapley.total().mean(), sum, 1e-12);
        double[] corners = new double[8];
        for (int c = 0; c < 8; c++) {
            corners[c] = y[c][0];
        }
        double[] phi = ShapleyAttribution.values(corners, 3);
        // by hand, a's value: (1/3)[v(a)-0] + (1/6)[v(ab)-v(b)] + (1/6)[v(ac)-v(c)] + (1/3)[v(abc)-v(bc)]
        double v0 = corners[0];
        double expectedA = (corners[1] - v0) / 3 + (corners[3] - corners[2]) / 6 + (corners[5] - corners[4]) / 6
                + (corners[7] - corners[6]) / 3;
        assertEquals(expectedA, phi[0], 1e-12);
    }
}
