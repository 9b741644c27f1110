package org.depinlab.tokenomics.price;

import java.util.Objects;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Net USD that buyers and sellers outside the network put into (+) or take out of (−) the token
 * market each epoch: {@code F_e = mean + x_e}, where sentiment x follows a stationary Gaussian
 * AR(1), {@code x_e = φ x_(e−1) + σ √(1 − φ²) Z_e}, x_0 ~ N(0, σ²). So every epoch's flow has mean
 * {@code mean} and standard deviation σ, and successive flows are correlated by φ (waves of
 * sentiment). A flow is signed, which a geometric Brownian motion cannot be.
 *
 * <p>{@link #trade} turns a flow into a trade: a purchase with the USD, or a sale of the tokens
 * worth it at the market's price, no more than the outsiders hold.
 */
public final class OutsideFlow {

    private final double meanUsd;
    private final double sdUsd;
    private final double persistence;
    private final RandomGenerator random;
    private double sentiment = Double.NaN;

    /**
     * @param meanUsd     mean net flow per epoch, USD, finite
     * @param sdUsd       standard deviation of an epoch's flow, USD, finite and ≥ 0
     * @param persistence φ, correlation of successive epochs' flows, in [0, 1)
     * @param random      the stream the normals come from (one per epoch)
     */
    public OutsideFlow(double meanUsd, double sdUsd, double persistence, RandomGenerator random) {
        if (!Double.isFinite(meanUsd)) {
            throw new IllegalArgumentException("meanUsd must be finite, was " + meanUsd);
        }
        if (!(sdUsd >= 0) || sdUsd == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("sdUsd must be finite and >= 0, was " + sdUsd);
        }
        if (!(persistence >= 0 && persistence < 1)) {
            throw new IllegalArgumentException("persistence must be in [0, 1), was " + persistence);
        }
        this.meanUsd = meanUsd;
        this.sdUsd = sdUsd;
        this.persistence = persistence;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The next epoch's net flow, USD (one normal drawn). */
    public double next() {
        double z = random.nextGaussian();
        sentiment = Double.isNaN(sentiment) ? sdUsd * z
                : persistence * sentiment + sdUsd * Math.sqrt(1 - persistence * persistence) * z;
        return meanUsd + sentiment;
    }

    /**
     * Trades {@code flowUsd} with {@code market}: buys tokens with it when positive; when negative,
     * sells the tokens worth {@code −flowUsd} at the market's price, at most {@code tokensHeld}.
     *
     * @return tokens the outsiders gained (+, bought) or gave up (−, sold)
     */
    public static double trade(TokenMarket market, double flowUsd, double tokensHeld) {
        if (flowUsd > 0) {
            return market.buy(flowUsd);
        }
        double tokens = Math.min(-flowUsd / market.price(), tokensHeld);
        if (tokens <= 0) {
            return 0;
        }
        market.sell(tokens);
        return -tokens;
    }
}
