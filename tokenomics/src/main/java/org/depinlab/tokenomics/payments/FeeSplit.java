package org.depinlab.tokenomics.payments;

/**
 * A job fee split three ways: the protocol's take ({@code fee * takeRate}), the share burned
 * ({@code fee * burnShare}: it buys tokens that are destroyed, Render's burn-and-mint, where RNP-001
 * burns 95 % of what customers pay) and the operator's rest ({@code fee * (1 - takeRate - burnShare)}).
 * The parts add up to the fee to within rounding.
 *
 * @param takeRate  the protocol's share of every fee, in [0, 1)
 * @param burnShare the share of every fee burned, in [0, 1], with {@code takeRate + burnShare <= 1}
 */
public record FeeSplit(double takeRate, double burnShare) {

    /** @throws IllegalArgumentException unless the shares are in their ranges */
    public FeeSplit {
        if (!(takeRate >= 0 && takeRate < 1)) {
            throw new IllegalArgumentException("takeRate must be in [0, 1), was " + takeRate);
        }
        if (!(burnShare >= 0 && burnShare <= 1)) {
            throw new IllegalArgumentException("burnShare must be in [0, 1], was " + burnShare);
        }
        if (takeRate + burnShare > 1) {
            throw new IllegalArgumentException("takeRate + burnShare must be <= 1, was " + takeRate + " + " + burnShare);
        }
    }

    /** A split that burns nothing: the take and the operator's rest. */
    public FeeSplit(double takeRate) {
        this(takeRate, 0);
    }

    /**
     * {@code feeUsd * (1 - takeRate - burnShare)}.
     *
     * @param feeUsd finite and >= 0
     */
    public double toOperator(double feeUsd) {
        return requireFee(feeUsd) * (1 - takeRate - burnShare);
    }

    /**
     * {@code feeUsd * takeRate}.
     *
     * @param feeUsd finite and >= 0
     */
    public double toProtocol(double feeUsd) {
        return requireFee(feeUsd) * takeRate;
    }

    /**
     * {@code feeUsd * burnShare}.
     *
     * @param feeUsd finite and >= 0
     */
    public double toBurn(double feeUsd) {
        return requireFee(feeUsd) * burnShare;
    }

    private static double requireFee(double feeUsd) {
        if (!(feeUsd >= 0) || feeUsd == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("feeUsd must be finite and >= 0, was " + feeUsd);
        }
        return feeUsd;
    }
}
