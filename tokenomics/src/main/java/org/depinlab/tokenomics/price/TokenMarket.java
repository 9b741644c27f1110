package org.depinlab.tokenomics.price;

/**
 * Where tokens are sold for USD and bought with it, at a {@link TokenPrice} the trades may move.
 *
 * <p>Contract: as {@link TokenPrice}; {@link #sell(double)} and {@link #buy(double)} take a finite
 * amount >= 0 and return what the trade pays out, >= 0. An endogenous market (a pool) moves its
 * price with every trade; an exogenous one ({@link PriceTaker}) trades any amount at the price.
 */
public interface TokenMarket extends TokenPrice {

    /** Sells {@code tokens} into the market; returns the USD paid for them. */
    double sell(double tokens);

    /** Buys tokens with {@code usd}; returns the tokens bought. */
    double buy(double usd);

    /**
     * The USD that would buy exactly {@code tokens} now, slippage included; {@code +∞} when the
     * market cannot supply that many. Moves nothing.
     *
     * @param tokens finite and >= 0
     */
    double costToBuy(double tokens);
}
