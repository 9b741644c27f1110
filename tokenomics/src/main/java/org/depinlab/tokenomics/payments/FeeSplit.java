package org.depinlab.tokenomics.payments;

/**
 * A job fee split by the protocol's take rate: the protocol keeps {@code fee * takeRate}, the
 * operator gets the rest, and the two parts add up to the fee (the operator's part is computed as
 * the difference, so they sum to the fee to within one rounding).
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
     * {@code feeUsd - toProtocol(feeUsd)}.
     *
     * @param feeUsd finite and >= 0
     */
    public double toOperator(double feeUsd) {
        return feeUsd - toProtocol(feeUsd);
    }

    /**
     * {@code feeUsd * takeRate}.
     *
     * @param feeUsd finite and >= 0
     */
    public double toProtocol(double feeUsd) {
        if (!(feeUsd >= 0) || feeUsd == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("feeUsd must be finite and >= 0, was " + feeUsd);
        }
        return feeUsd * takeRate;
    }
}
