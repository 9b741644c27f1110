package org.depinlab.tokenomics.price;

import java.util.Objects;

/**
 * An exogenous market: the price follows its own path, and trades of any size clear at it without
 * moving it (the simulated economy is too small to matter to the outside market).
 */
public final class PriceTaker implements TokenMarket {

    private final TokenPrice price;

    /** A market trading at {@code price} (constant, GBM, a replayed path). */
    public PriceTaker(TokenPrice price) {
        this.price = Objects.requireNonNull(price, "price");
    }

    /** {@code tokens * price()}. */
    @Override
    public double sell(double tokens) {
        return tokens * price.price();
    }

    /** {@code usd / price()}. */
    @Override
    public double buy(double usd) {
        return usd / price.price();
    }

    /** {@code tokens * price()}: any amount at the price. */
    @Override
    public double costToBuy(double tokens) {
        return tokens * price.price();
    }

    @Override
    public double price() {
        return price.price();
    }

    @Override
    public void endEpoch(int epoch) {
        price.endEpoch(epoch);
    }
}
