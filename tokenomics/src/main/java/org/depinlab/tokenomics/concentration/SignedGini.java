package org.depinlab.tokenomics.concentration;

import java.util.Arrays;

import org.depinlab.tokenomics.numeric.CompensatedSum;

/**
 * The Gini coefficient of a distribution that may hold losses (negative values), such as
 * cumulative profits: the Gini mean difference normalised by the mean absolute value,
 * <pre>
 *   G = sum_i sum_j |y_i - y_j| / (2 n sum_i |y_i|)
 * </pre>
 * the normalisation of Raffinetti, Siletti and Vernizzi (2015, "On the Gini coefficient
 * normalization when attributes with negative values are considered", Statistical Methods and
 * Applications 24(3)) in the population form {@link ConcentrationMetrics#gini(double[])} uses.
 *
 * <p>For values all >= 0 it is the standard Gini. With losses the standard Gini (normalised by the
 * mean) exceeds 1 or is undefined when gains and losses cancel; this one stays in [0, (n − 1)/n]:
 * the maximum is one holder of every gain beside one holder of every loss and zeros elsewhere, and
 * it is 0 only when all values are equal (a loss shared equally by all counts as equality). All
 * zeros give 0. Evaluated as sum_i (2i − n − 1) y_(i) / (n sum |y|) over the ascending values, in
 * O(n log n).
 */
public final class SignedGini {

    private SignedGini() {
    }

    /**
     * @param values finite, any sign; non-empty
     * @throws IllegalArgumentException on an empty array or a value that is not finite
     */
    public static double of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values: the Gini of nothing is undefined");
        }
        double[] ascending = values.clone();
        CompensatedSum absolute = new CompensatedSum();
        for (int i = 0; i < ascending.length; i++) {
            if (!Double.isFinite(ascending[i])) {
                throw new IllegalArgumentException("value at index " + i + " is " + ascending[i] + ": values must be"
                        + " finite");
            }
            absolute.add(Math.abs(ascending[i]));
        }
        if (absolute.value() == 0) {
            return 0;
        }
        Arrays.sort(ascending);
        return Math.max(0.0, ConcentrationMetrics.rankWeightedSum(ascending) / absolute.value() / ascending.length);
    }
}
