package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.List;

/**
 * Main effects and two-way interactions of a two-level design: an effect is the mean response where
 * its column is +1 less the mean where it is -1 (a main effect: high less low; an interaction: the
 * product of two factors' signs). Each is computed within every replication (the design points of a
 * replication share their seed) and given as the mean over replications with Student's t interval.
 *
 * @param main         one per factor, in order
 * @param interactions one per pair (a, b), {@code a < b}, in order; empty when the design aliases them
 */
public record FactorialEffects(List<Estimate> main, List<Estimate> interactions) {

    /**
     * @param design    the design
     * @param names     the factors' names
     * @param responses responses[row][replication]
     */
    public static FactorialEffects of(FactorialDesign design, List<String> names, double[][] responses) {
        int[][] signs = design.signs();
        int k = design.factors();
        List<Estimate> main = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            int[] column = new int[signs.length];
            for (int i = 0; i < signs.length; i++) {
                column[i] = signs[i][j];
            }
            main.add(Estimate.ofReplications(names.get(j), contrast(column, responses)));
        }
        List<Estimate> interactions = new ArrayList<>();
        if (design.interactionsClear()) {
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    int[] column = new int[signs.length];
                    for (int i = 0; i < signs.length; i++) {
                        column[i] = signs[i][a] * signs[i][b];
                    }
                    interactions.add(Estimate.ofReplications(names.get(a) + " x " + names.get(b),
                            contrast(column, responses)));
                }
            }
        }
        return new FactorialEffects(main, interactions);
    }

    /** Per replication: mean where the column is +1 less mean where it is -1. */
    private static double[] contrast(int[] column, double[][] responses) {
        int replications = responses[0].length;
        double[] effects = new double[replications];
        for (int r = 0; r < replications; r++) {
            double high = 0;
            double low = 0;
            int highs = 0;
            for (int i = 0; i < column.length; i++) {
                if (column[i] > 0) {
                    high += responses[i][r];
                    highs++;
                } else {
                    low += responses[i][r];
                }
            }
            effects[r] = high / highs - low / (column.length - highs);
        }
        return effects;
    }
}
