package org.depinlab.tokenomics.concentration;

import org.depinlab.tokenomics.numeric.CompensatedSum;

/**
 * Concentration metrics of a distribution of holdings, exact up to floating-point rounding and
 * O(n log n): each call sorts one copy of the input (the caller's array is never modified) and
 * makes O(n) passes over it, with compensated sums. Definitions, ranges and the zero-total
 * convention are stated on {@link Concentration}.
 *
 * <p>Input contract, for every method: {@code values} is non-null and non-empty, and every value is
 * finite and >= 0 (zeros count as holders); otherwise {@link IllegalArgumentException} with a
 * message naming the index and value, e.g. "value at index 3 is -2.0: holdings must be finite
 * and >= 0".
 */
public final class ConcentrationMetrics {

    /** The default Nakamoto threshold: a strict majority of the total. */
    public static final double DEFAULT_NAKAMOTO_THRESHOLD = 0.5;

    private static final double LN_2 = Math.log(2);

    private ConcentrationMetrics() {
    }

    /** Every metric, with the Nakamoto threshold 0.5. */
    public static Concentration of(double[] values) {
        return of(values, DEFAULT_NAKAMOTO_THRESHOLD);
    }

    /**
     * Every metric of {@link Concentration}, from one sorted copy of {@code values}.
     *
     * @param nakamotoThreshold in [0, 1)
     * @throws IllegalArgumentException if the threshold is outside [0, 1) or the values break the
     *     input contract
     */
    public static Concentration of(double[] values, double nakamotoThreshold) {
        if (!(nakamotoThreshold >= 0 && nakamotoThreshold < 1)) {
            throw new IllegalArgumentException(
                    "nakamotoThreshold must be in [0, 1), was " + nakamotoThreshold);
        }
        SortedHoldings holdings = SortedHoldings.of(values);
        int n = holdings.size();
        Dispersion dispersion = dispersion(holdings);
        return new Concentration(
                n,
                holdings.total(),
                gini(holdings),
                nakamoto(holdings, nakamotoThreshold),
                nakamotoThreshold,
                dispersion.hhi(),
                dispersion.theil(),
                dispersion.entropyBits(),
                holdings.topShare(1),
                holdings.topShare(5),
                holdings.topShare(10),
                holdings.topShare(topPercentCount(n, 0.01)),
                holdings.topShare(topPercentCount(n, 0.10)));
    }

    /**
     * The population Gini coefficient G = 2 sum_{i=1..n} i x_(i) / (n S) - (n + 1)/n, x ascending,
     * without small-sample correction: one holder of everything among n gives (n-1)/n, not 1.
     * Evaluated as sum_i (2i - n - 1) x_(i) / (n S), the same value without cancelling two terms
     * near 1. In [0, (n-1)/n]; 0 for all-zero holdings.
     */
    public static double gini(double[] values) {
        return gini(SortedHoldings.of(values));
    }

    /** The Lorenz curve: n + 1 points from (0, 0) to (1, 1); the equality line for all zeros. */
    public static LorenzCurve lorenz(double[] values) {
        SortedHoldings holdings = SortedHoldings.of(values);
        double[] ascending = holdings.ascending();
        int n = ascending.length;
        double[] population = new double[n + 1];
        double[] value = new double[n + 1];
        CompensatedSum cumulative = new CompensatedSum();
        for (int k = 1; k < n; k++) {
            cumulative.add(ascending[k - 1]);
            population[k] = (double) k / n;
            value[k] = Math.min(1.0, cumulative.value() / holdings.weightTotal());
        }
        population[n] = 1.0;
        value[n] = 1.0;
        return new LorenzCurve(population, value);
    }

    /**
     * The combined share of the largest {@code k} holders; 1 when {@code k >= n}.
     *
     * @throws IllegalArgumentException if {@code k < 1} or the values break the input contract
     */
    public static double topShare(double[] values, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, was " + k);
        }
        return SortedHoldings.of(values).topShare(k);
    }

    /**
     * The combined share of the largest ceil(p n) holders, at least 1. A decimal p such as 0.07 is
     * not exact in binary and p n may land a few ulps above the integer it stands for; those ulps
     * are forgiven, so 0.07 of 100 holders is 7 holders, not 8.
     *
     * @param p the fraction of holders, in (0, 1]
     * @throws IllegalArgumentException if p is outside (0, 1] or the values break the input contract
     */
    public static double topPercentShare(double[] values, double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in (0, 1], was " + p);
        }
        SortedHoldings holdings = SortedHoldings.of(values);
        return holdings.topShare(topPercentCount(holdings.size(), p));
    }

    static int topPercentCount(int n, double p) {
        double exact = p * n;
        double count = Math.ceil(exact - 4 * Math.ulp(exact));
        return (int) Math.max(1, Math.min(n, count));
    }

    private static double gini(SortedHoldings holdings) {
        double[] ascending = holdings.ascending();
        return Math.max(0.0, rankWeightedSum(ascending) / holdings.weightTotal() / ascending.length);
    }

    /** sum_i (2i − n − 1) y_(i) over ascending values: n × the Gini mean difference / 2, compensated. */
    static double rankWeightedSum(double[] ascending) {
        int n = ascending.length;
        CompensatedSum weighted = new CompensatedSum();
        for (int i = 1; i <= n; i++) {
            weighted.add((2.0 * i - n - 1) * ascending[i - 1]);
        }
        return weighted.value();
    }

    /** Adds holders from the largest down exactly as {@link SortedHoldings#topShare(int)} does. */
    private static int nakamoto(SortedHoldings holdings, double threshold) {
        double[] ascending = holdings.ascending();
        int n = ascending.length;
        CompensatedSum top = new CompensatedSum();
        for (int k = 1; k < n; k++) {
            top.add(ascending[n - k]);
            if (top.value() / holdings.weightTotal() > threshold) {
                return k;
            }
        }
        return n;
    }

    /**
     * HHI, Theil T and entropy in one pass with one logarithm per holder; zero holdings contribute
     * 0 to each. Theil is clamped to its range [0, ln n] to absorb rounding, and the entropy follows
     * from H = ln n - T, so its absolute error is a few ulps of ln n.
     */
    private static Dispersion dispersion(SortedHoldings holdings) {
        double[] ascending = holdings.ascending();
        int n = ascending.length;
        double weightTotal = holdings.weightTotal();
        CompensatedSum hhi = new CompensatedSum();
        CompensatedSum theil = new CompensatedSum();
        for (double x : ascending) {
            if (x > 0) {
                double share = x / weightTotal;
                hhi.add(share * share);
                theil.add(share * Math.log(n * share));
            }
        }
        double lnN = Math.log(n);
        double t = Math.min(lnN, Math.max(0.0, theil.value()));
        return new Dispersion(hhi.value(), t, (lnN - t) / LN_2);
    }

    private record Dispersion(double hhi, double theil, double entropyBits) {
    }
}
