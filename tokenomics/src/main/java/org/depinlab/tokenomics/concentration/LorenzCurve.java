package org.depinlab.tokenomics.concentration;

import java.util.Arrays;

/**
 * The Lorenz curve of a distribution of n holdings: n + 1 points (X_k, Y_k), k = 0..n, where
 * X_k = k/n is the cumulative population share of the k smallest holders and Y_k the share of the
 * total they hold. It starts at (0, 0), ends at exactly (1, 1), and both coordinates are
 * non-decreasing. The line of equality is Y_k = X_k; the population Gini coefficient is
 * 1 - sum_{k=1..n} (Y_k + Y_{k-1}) / n (twice the area between the line and the curve).
 *
 * <p>Immutable: the arrays are copied in and out. Use {@link #populationShare(int)} and
 * {@link #valueShare(int)} to read points without copying.
 *
 * @param populationShares X_0..X_n
 * @param valueShares Y_0..Y_n
 */
public record LorenzCurve(double[] populationShares, double[] valueShares) {

    /**
     * @throws IllegalArgumentException unless both arrays have the same length, at least 2
     */
    public LorenzCurve {
        if (populationShares.length != valueShares.length || populationShares.length < 2) {
            throw new IllegalArgumentException("a Lorenz curve needs two arrays of the same length >= 2, got "
                    + populationShares.length + " and " + valueShares.length);
        }
        populationShares = populationShares.clone();
        valueShares = valueShares.clone();
    }

    /** The number of points, n + 1 for n holders. */
    public int size() {
        return populationShares.length;
    }

    /** X_k = k/n. */
    public double populationShare(int k) {
        return populationShares[k];
    }

    /** Y_k, the share of the total held by the k smallest holders. */
    public double valueShare(int k) {
        return valueShares[k];
    }

    /** A copy of X_0..X_n. */
    @Override
    public double[] populationShares() {
        return populationShares.clone();
    }

    /** A copy of Y_0..Y_n. */
    @Override
    public double[] valueShares() {
        return valueShares.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LorenzCurve curve
                && Arrays.equals(populationShares, curve.populationShares)
                && Arrays.equals(valueShares, curve.valueShares);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(populationShares) + Arrays.hashCode(valueShares);
    }

    /** The size only: a curve may have millions of points. */
    @Override
    public String toString() {
        return "LorenzCurve[" + size() + " points]";
    }
}
