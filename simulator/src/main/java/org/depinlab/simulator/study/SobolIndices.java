package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * First-order and total Sobol indices from a {@link SaltelliSample}'s responses, with Saltelli et al.
 * (2010)'s estimators: S_i = mean(f(B) (f(AB_i) - f(A))) / V and, Jansen's, ST_i = mean((f(A) -
 * f(AB_i))^2) / (2 V), V the variance of f over A and B together. The 95 % intervals are bootstrap
 * percentiles: the N rows resampled with replacement, every estimate recomputed.
 *
 * @param firstOrder one per factor
 * @param total      one per factor
 */
public record SobolIndices(List<Estimate> firstOrder, List<Estimate> total) {

    /**
     * @param names     the factors' names (k)
     * @param responses one per point of the sample, in its order (N (k + 2))
     * @param bootstrap resamples
     * @param random    draws the resamples
     */
    public static SobolIndices of(List<String> names, double[] responses, int bootstrap, RandomGenerator random) {
        int k = names.size();
        int n = responses.length / (k + 2);
        int[] identity = new int[n];
        for (int j = 0; j < n; j++) {
            identity[j] = j;
        }
        double[][] point = indices(responses, n, k, identity);
        double[][][] resampled = new double[2][k][bootstrap];
        int[] rows = new int[n];
        for (int b = 0; b < bootstrap; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = random.nextInt(n);
            }
            double[][] again = indices(responses, n, k, rows);
            for (int i = 0; i < k; i++) {
                resampled[0][i][b] = again[0][i];
                resampled[1][i][b] = again[1][i];
            }
        }
        List<Estimate> first = new ArrayList<>();
        List<Estimate> total = new ArrayList<>();
        Percentile percentile = new Percentile();
        for (int i = 0; i < k; i++) {
            first.add(new Estimate(names.get(i), point[0][i], percentile.evaluate(resampled[0][i], 2.5),
                    percentile.evaluate(resampled[0][i], 97.5)));
            total.add(new Estimate(names.get(i), point[1][i], percentile.evaluate(resampled[1][i], 2.5),
                    percentile.evaluate(resampled[1][i], 97.5)));
        }
        return new SobolIndices(first, total);
    }

    /** {first-order, total} x factor over the sample's rows {@code rows}. */
    private static double[][] indices(double[] f, int n, int k, int[] rows) {
        double[] both = new double[2 * n];
        for (int j = 0; j < n; j++) {
            both[j] = f[rows[j]];
            both[n + j] = f[n + rows[j]];
        }
        double variance = StatUtils.populationVariance(both);
        double[][] result = new double[2][k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int j : rows) {
                double a = f[j];
                double b = f[n + j];
                double ab = f[(2 + i) * n + j];
                first += b * (ab - a);
                total += (a - ab) * (a - ab);
            }
            result[0][i] = first / n / variance;
            result[1][i] = total / (2.0 * n) / variance;
        }
        return result;
    }
}
