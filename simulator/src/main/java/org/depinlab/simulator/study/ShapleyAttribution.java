package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * The Shapley attribution of a response's change from the low corner (every factor low) to the high
 * corner (every factor high) to the factors, exact: the game's value of a coalition S is the response
 * at the corner where the factors of S are high and the others low, less the low corner's, read off a
 * full two-level factorial. Factor i receives the weighted mean of its marginal contributions
 * v(S + i) - v(S) over the coalitions S without it, weight |S|! (k - |S| - 1)! / k!, so the
 * attributions sum to the total change exactly. Computed within every replication, then given as the
 * mean over replications with Student's t interval.
 *
 * @param total        the change from the low to the high corner
 * @param attributions one per factor, in order
 */
public record ShapleyAttribution(Estimate total, List<Estimate> attributions) {

    /** The most factors attributed exactly (2^k corners, k 2^(k-1) contributions each). */
    public static final int MAX_FACTORS = 6;

    /**
     * @param names     the factors' names
     * @param responses responses[corner][replication] of a full factorial in standard order (corner
     *                  i has factor j high when bit j of i is set)
     */
    public static ShapleyAttribution of(List<String> names, double[][] responses) {
        int k = names.size();
        if (k > MAX_FACTORS || responses.length != 1 << k) {
            throw new IllegalArgumentException("exact Shapley attribution takes a full factorial of up to "
                    + MAX_FACTORS + " factors, got " + k + " factors and " + responses.length + " corners");
        }
        int replications = responses[0].length;
        double[] total = new double[replications];
        double[][] values = new double[k][replications];
        for (int r = 0; r < replications; r++) {
            double[] corners = new double[1 << k];
            for (int c = 0; c < corners.length; c++) {
                corners[c] = responses[c][r];
            }
            total[r] = corners[(1 << k) - 1] - corners[0];
            double[] phi = values(corners, k);
            for (int i = 0; i < k; i++) {
                values[i][r] = phi[i];
            }
        }
        List<Estimate> attributions = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            attributions.add(Estimate.ofReplications(names.get(i), values[i]));
        }
        return new ShapleyAttribution(Estimate.ofReplications("total", total), attributions);
    }

    /** Each factor's Shapley value of the game whose coalition S is worth {@code corners[S] - corners[0]}. */
    static double[] values(double[] corners, int k) {
        double[] phi = new double[k];
        double factorial = CombinatoricsUtils.factorialDouble(k);
        for (int i = 0; i < k; i++) {
            for (int s = 0; s < 1 << k; s++) {
                if ((s >> i & 1) == 0) {
                    int size = Integer.bitCount(s);
                    double weight = CombinatoricsUtils.factorialDouble(size)
                            * CombinatoricsUtils.factorialDouble(k - size - 1) / factorial;
                    phi[i] += weight * (corners[s | 1 << i] - corners[s]);
                }
            }
        }
        return phi;
    }
}
