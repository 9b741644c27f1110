package org.depinlab.tokenomics.payments;

/**
 * A job fee split by the protocol's take rate: the protocol keeps {@code fee * takeRate}, the
 * operator gets {@code fee * (1 - takeRate)}, and the two parts add up to the fee to within
 * rounding.
 *
 * @param takeRate the protocol's share of every fee, in [0, 1)
 */
public record FeeSplit(double takeRate) {

    /** @throws IllegalArgumentException unless takeRate is in [0, 1) */
    public FeeSplit {
        if (!(takeRate >= 0 && takeRate < 1)) {
            throw new IllegalArgumentException("takeRate must be in [0, 1), was " + takeRate);
        }
    }

    /**
     * {@code feeUsd * (1 - takeRate)}.
     *
     * @param feeUsd finite and >= 0
     */
    public double toOperator(double feeUsd) {
        return requireFee(feeUsd) * (1 - takeRate);
    }

    /**
     * {@code feeUsd * takeRate}.
     *
     * @param feeUsd finite and >= 0
     */
    public double toProtocol(double feeUsd) {
        return requireFee(feeUsd) * takeRate;
    }

    private static double requireFee(double feeUsd) {
        if (!(feeUsd >= 0) || feeUsd == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("feeUsd must be finite and >= 0, was " + feeUsd);
        }
        return feeUsd;
    }
}
