package org.depinlab.simulator.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.commons.math3.random.RandomGenerator;
import org.depinlab.tokenomics.price.ConstantPrice;
import org.depinlab.tokenomics.price.ConstantProductAmm;
import org.depinlab.tokenomics.price.GeometricBrownianPrice;
import org.depinlab.tokenomics.price.PriceTaker;
import org.depinlab.tokenomics.price.ReplayedPrice;
import org.depinlab.tokenomics.price.TokenMarket;

/** The token market of a run, as configuration: an exogenous price or a pool. */
public sealed interface PriceModel {

    /** The running market, drawing from {@code random} where its price is random. */
    TokenMarket create(RandomGenerator random);

    /** Genesis tokens the market holds from the start (a pool's reserve); 0 for an exogenous price. */
    default double poolTokens() {
        return 0;
    }

    /** Outsiders trading with the pool every epoch; empty for none (and for an exogenous price). */
    default Optional<OutsideFlows> outsideFlows() {
        return Optional.empty();
    }

    /** A fixed price. */
    record Constant(double usd) implements PriceModel {
        @Override
        public TokenMarket create(RandomGenerator random) {
            return new PriceTaker(new ConstantPrice(usd));
        }
    }

    /** Geometric Brownian motion with drift and volatility per epoch. */
    record Gbm(double initialUsd, double driftPerEpoch, double volatilityPerEpoch) implements PriceModel {
        @Override
        public TokenMarket create(RandomGenerator random) {
            return new PriceTaker(new GeometricBrownianPrice(initialUsd, driftPerEpoch, volatilityPerEpoch, random));
        }
    }

    /** A replayed path, one price per epoch. */
    record Replay(List<Double> usdPerEpoch) implements PriceModel {
        public Replay {
            usdPerEpoch = List.copyOf(usdPerEpoch);
        }

        @Override
        public TokenMarket create(RandomGenerator random) {
            return new PriceTaker(new ReplayedPrice(usdPerEpoch));
        }
    }

    /**
     * Endogenous: a constant-product pool that operators sell rewards into, burn-and-mint buys
     * from and outsiders trade with ({@code outsideFlows}); its tokens come out of the genesis supply.
     */
    record Amm(double tokenReserve, double usdReserve, Optional<OutsideFlows> outsideFlows) implements PriceModel {

        /** A pool only the network trades with. */
        public Amm(double tokenReserve, double usdReserve) {
            this(tokenReserve, usdReserve, Optional.empty());
        }

        public Amm {
            Objects.requireNonNull(outsideFlows, "outside flows (empty for none)");
        }

        @Override
        public TokenMarket create(RandomGenerator random) {
            return new ConstantProductAmm(tokenReserve, usdReserve);
        }

        @Override
        public double poolTokens() {
            return tokenReserve;
        }
    }
}
