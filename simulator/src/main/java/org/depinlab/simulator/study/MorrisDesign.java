package org.depinlab.simulator.study;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris's one-at-a-time trajectories on a grid of p levels in [0, 1]^k: each starts at a random
 * grid point and moves every factor once, in a random order, by delta = p / (2 (p - 1)), up where
 * that stays in [0, 1] and down otherwise. r trajectories of k + 1 points each.
 *
 * @param points rows of the trajectories, r (k + 1) of them, trajectory by trajectory
 * @param moved  for each step (row t (k + 1) + s + 1), the factor it moved
 * @param steps  for each step, the signed change of that factor (+delta or -delta)
 */
public record MorrisDesign(double[][] points, int[][] moved, double[][] steps) {

    public static MorrisDesign of(int k, int trajectories, int levels, RandomGenerator random) {
        double delta = levels / (2.0 * (levels - 1));
        double[][] points = new double[trajectories * (k + 1)][];
        int[][] moved = new int[trajectories][k];
        double[][] steps = new double[trajectories][k];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = random.nextInt(levels) / (double) (levels - 1);
            }
            int[] order = new int[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            points[t * (k + 1)] = x.clone();
            for (int s = 0; s < k; s++) {
                int i = order[s];
                double step = x[i] + delta <= 1 + 1e-12 ? delta : -delta;
                x[i] += step;
                moved[t][s] = i;
                steps[t][s] = step;
                points[t * (k + 1) + s + 1] = x.clone();
            }
        }
        return new MorrisDesign(points, moved, steps);
    }
}
