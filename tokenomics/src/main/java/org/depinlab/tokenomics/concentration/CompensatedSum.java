package org.depinlab.tokenomics.concentration;

/**
 * Neumaier's compensated summation: the rounding error of a sum of n terms stays about one unit in
 * the last place instead of growing with n, which keeps shares of 10^6 holders exact to ~1e-16.
 */
final class CompensatedSum {

    private double sum;
    private double compensation;

    void add(double term) {
        double next = sum + term;
        if (Math.abs(sum) >= Math.abs(term)) {
            compensation += (sum - next) + term;
        } else {
            compensation += (term - next) + sum;
        }
        sum = next;
    }

    double value() {
        return sum + compensation;
    }
}
