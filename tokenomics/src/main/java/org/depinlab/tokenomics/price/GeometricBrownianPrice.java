package org.depinlab.tokenomics.price;

import java.util.Objects;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Geometric Brownian motion sampled exactly once per epoch:
 * {@code p <- p * exp((mu - sigma^2 / 2) + sigma * Z)}, Z standard normal from the caller's stream.
 * So ln p performs a Gaussian random walk with step mean {@code mu - sigma^2/2} and step standard
 * deviation sigma, and {@code E[p_t] = p_0 * e^(mu t)} exactly, with no discretisation error.
 *
 * <p>Each {@link #endEpoch(int)} draws one normal per epoch it moves past (one when called in
 * order), so the same stream and seed give the same path.
 */
public final class GeometricBrownianPrice implements TokenPrice {

    private final double logDrift;
    private final double volatility;
    private final RandomGenerator random;
    private final EpochClock clock = new EpochClock();
    private double price;

    /**
     * @param initialUsd the price during epoch 0, finite and > 0
     * @param driftPerEpoch mu, the expected log-growth of the mean per epoch, finite
     * @param volatilityPerEpoch sigma, finite and >= 0
     * @param random the stream the normals are drawn from
     */
    public GeometricBrownianPrice(double initialUsd, double driftPerEpoch, double volatilityPerEpoch,
            RandomGenerator random) {
        if (!(initialUsd > 0) || initialUsd == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("initialUsd must be finite and > 0, was " + initialUsd);
        }
        if (!Double.isFinite(driftPerEpoch)) {
            throw new IllegalArgumentException("driftPerEpoch must be finite, was " + driftPerEpoch);
        }
        if (!(volatilityPerEpoch >= 0) || volatilityPerEpoch == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(
                    "volatilityPerEpoch must be finite and >= 0, was " + volatilityPerEpoch);
        }
        this.logDrift = driftPerEpoch - volatilityPerEpoch * volatilityPerEpoch / 2;
        this.volatility = volatilityPerEpoch;
        this.random = Objects.requireNonNull(random, "random");
        this.price = initialUsd;
    }

    @Override
    public double price() {
        return price;
    }

    /** @throws IllegalArgumentException if {@code epoch} has already ended */
    @Override
    public void endEpoch(int epoch) {
        for (long step = clock.end(epoch); step > 0; step--) {
            price *= Math.exp(logDrift + volatility * random.nextGaussian());
        }
    }
}
