package org.depinlab.tokenomics.price;

/**
 * A price that never moves.
 *
 * @param usd USD per token, finite and > 0
 */
public record ConstantPrice(double usd) implements TokenPrice {

    /** @throws IllegalArgumentException unless usd is finite and > 0 */
    public ConstantPrice {
        if (!(usd > 0) || usd == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("usd must be finite and > 0, was " + usd);
        }
    }

    @Override
    public double price() {
        return usd;
    }

    /** Does nothing: the price is the same in every epoch. */
    @Override
    public void endEpoch(int epoch) {
    }
}
