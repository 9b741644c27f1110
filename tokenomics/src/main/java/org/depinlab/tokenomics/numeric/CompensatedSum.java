package org.depinlab.tokenomics.numeric;

/**
 * Neumaier's compensated summation: the rounding error of a sum of n terms stays about one unit in
 * the last place of the result instead of growing with n, so the shares of 10^6 holders, the
 * rewards of 10^6 recipients and a ledger's running totals all add up exactly enough for the 1e-9
 * conservation checks.
 */
public final class CompensatedSum {

    private double sum;
    private double compensation;

    /** Adds one term. */
    public void add(double term) {
        double next = sum + term;
        if (Math.abs(sum) >= Math.abs(term)) {
            compensation += (sum - next) + term;
        } else {
            compensation += (term - next) + sum;
        }
        sum = next;
    }

    /** The compensated total so far. */
    public double value() {
        return sum + compensation;
    }

    /** The compensated sum of {@code values}. */
    public static double of(double[] values) {
        CompensatedSum sum = new CompensatedSum();
        for (double value : values) {
            sum.add(value);
        }
        return sum.value();
    }
}
