package org.depinlab.tokenomics.concentration;

import java.util.Arrays;
import java.util.Objects;

import org.depinlab.tokenomics.numeric.CompensatedSum;

/**
 * Validated holdings, sorted ascending into a private copy, with the weights that shares are taken
 * from. Every metric of the package reads this one sorted copy.
 *
 * <p>Zero-total convention: when every holding is zero the weights are all 1, so that every metric
 * reads "everyone holds an equal share" (Gini 0, HHI 1/n, shares k/n) and none is NaN;
 * {@link #total()} still reports 0.
 */
final class SortedHoldings {

    private final double[] weights;
    private final double total;
    private final double weightTotal;

    private SortedHoldings(double[] weights, double total, double weightTotal) {
        this.weights = weights;
        this.total = total;
        this.weightTotal = weightTotal;
    }

    /**
     * @throws IllegalArgumentException if {@code values} is empty, holds a negative, NaN or infinite
     *     value (the message names its index and value), or sums past {@link Double#MAX_VALUE}
     */
    static SortedHoldings of(double[] values) {
        Objects.requireNonNull(values, "values");
        if (values.length == 0) {
            throw new IllegalArgumentException(
                    "values must not be empty: concentration needs at least one holder");
        }
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("value at index " + i + " is " + value
                        + ": holdings must be finite and >= 0");
            }
        }
        double[] ascending = values.clone();
        Arrays.sort(ascending);
        double total = sum(ascending);
        // an overflowing compensated sum reads NaN (infinity minus infinity), not infinity
        if (!Double.isFinite(total)) {
            throw new IllegalArgumentException(
                    "holdings sum past Double.MAX_VALUE: rescale them (every metric is scale-invariant)");
        }
        if (total == 0) {
            Arrays.fill(ascending, 1.0);
            return new SortedHoldings(ascending, 0.0, ascending.length);
        }
        return new SortedHoldings(ascending, total, total);
    }

    private static double sum(double[] values) {
        CompensatedSum sum = new CompensatedSum();
        for (double value : values) {
            sum.add(value);
        }
        return sum.value();
    }

    /** The sorted weights, ascending; the array itself, for the package's loops: never modify it. */
    double[] ascending() {
        return weights;
    }

    int size() {
        return weights.length;
    }

    /** The sum of the holdings as given; 0 when all are zero. */
    double total() {
        return total;
    }

    /** The denominator of every share: {@link #total()}, or n under the zero-total convention. */
    double weightTotal() {
        return weightTotal;
    }

    /**
     * The combined share of the largest {@code k} holders, summed from the largest down, so that it
     * agrees bit for bit with the running share that {@link ConcentrationMetrics} compares with the
     * Nakamoto threshold. Exactly 1 for {@code k >= n}.
     */
    double topShare(int k) {
        int n = weights.length;
        if (k >= n) {
            return 1.0;
        }
        CompensatedSum top = new CompensatedSum();
        for (int i = n - 1; i >= n - k; i--) {
            top.add(weights[i]);
        }
        return top.value() / weightTotal;
    }
}
