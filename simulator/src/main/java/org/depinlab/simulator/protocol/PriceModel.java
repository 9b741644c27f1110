package org.depinlab.simulator.protocol;

import java.util.List;

import org.apache.commons.math3.random.RandomGenerator;
import org.depinlab.tokenomics.price.ConstantPrice;
import org.depinlab.tokenomics.price.ConstantProductAmm;
import org.depinlab.tokenomics.price.GeometricBrownianPrice;
import org.depinlab.tokenomics.price.ReplayedPrice;
import org.depinlab.tokenomics.price.TokenPrice;

/** The token price of a run, as configuration. */
public sealed interface PriceModel {

    /** The running price, drawing from {@code random} where it is random. */
    TokenPrice create(RandomGenerator random);

    /** A fixed price. */
    record Constant(double usd) implements PriceModel {
        @Override
        public TokenPrice create(RandomGenerator random) {
            return new ConstantPrice(usd);
        }
    }

    /** Geometric Brownian motion with drift and volatility per epoch. */
    record Gbm(double initialUsd, double driftPerEpoch, double volatilityPerEpoch) implements PriceModel {
        @Override
        public TokenPrice create(RandomGenerator random) {
            return new GeometricBrownianPrice(initialUsd, driftPerEpoch, volatilityPerEpoch, random);
        }
    }

    /** A replayed path, one price per epoch. */
    record Replay(List<Double> usdPerEpoch) implements PriceModel {
        public Replay {
            usdPerEpoch = List.copyOf(usdPerEpoch);
        }

        @Override
        public TokenPrice create(RandomGenerator random) {
            return new ReplayedPrice(usdPerEpoch);
        }
    }

    /**
     * Endogenous: a constant-product pool that operators sell rewards into and burn-and-mint buys
     * from; its tokens come out of the genesis supply.
     */
    record Amm(double tokenReserve, double usdReserve) implements PriceModel {
        @Override
        public TokenPrice create(RandomGenerator random) {
            return new ConstantProductAmm(tokenReserve, usdReserve);
        }
    }
}
