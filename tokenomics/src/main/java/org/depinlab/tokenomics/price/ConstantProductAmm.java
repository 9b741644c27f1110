package org.depinlab.tokenomics.price;

/**
 * A constant-product liquidity pool of tokens and USD with no fee (Uniswap v2 style): every trade
 * keeps {@code tokenReserve * usdReserve = k}, and the price is {@code usdReserve / tokenReserve}.
 * Selling tokens into it lowers the price, buying raises it; it does not move between epochs.
 *
 * <p>Numerics: each trade computes the new reserve on the far side as
 * {@code reserve * old / new}, never as a difference, so k holds to a few ulps per trade even for
 * trades many times the size of the pool, and both reserves stay > 0.
 */
public final class ConstantProductAmm implements TokenMarket {

    private double tokenReserve;
    private double usdReserve;

    /**
     * @param tokenReserve tokens in the pool, finite and > 0
     * @param usdReserve USD in the pool, finite and > 0
     */
    public ConstantProductAmm(double tokenReserve, double usdReserve) {
        requirePositive("tokenReserve", tokenReserve);
        requirePositive("usdReserve", usdReserve);
        this.tokenReserve = tokenReserve;
        this.usdReserve = usdReserve;
    }

    /**
     * Puts {@code tokens} into the pool and takes out the USD that keeps k:
     * {@code usdReserve * tokens / (tokenReserve + tokens)}.
     *
     * @param tokens finite and >= 0
     * @return the USD paid out, ≥ 0 and &lt; the USD reserve before the trade
     */
    @Override
    public double sell(double tokens) {
        requireTrade("tokens", tokens);
        double newTokenReserve = tokenReserve + tokens;
        double newUsdReserve = usdReserve * (tokenReserve / newTokenReserve);
        double usdOut = usdReserve - newUsdReserve;
        tokenReserve = newTokenReserve;
        usdReserve = newUsdReserve;
        return usdOut;
    }

    /**
     * Puts {@code usd} into the pool and takes out the tokens that keep k:
     * {@code tokenReserve * usd / (usdReserve + usd)}.
     *
     * @param usd finite and >= 0
     * @return the tokens paid out, ≥ 0 and &lt; the token reserve before the trade
     */
    @Override
    public double buy(double usd) {
        requireTrade("usd", usd);
        double newUsdReserve = usdReserve + usd;
        double newTokenReserve = tokenReserve * (usdReserve / newUsdReserve);
        double tokensOut = tokenReserve - newTokenReserve;
        tokenReserve = newTokenReserve;
        usdReserve = newUsdReserve;
        return tokensOut;
    }

    /**
     * {@code usdReserve * tokens / (tokenReserve - tokens)}: the USD that {@link #buy(double)}
     * turns into exactly {@code tokens}; {@code +∞} for the whole token reserve or more.
     *
     * @param tokens finite and >= 0
     */
    @Override
    public double costToBuy(double tokens) {
        requireTrade("tokens", tokens);
        return tokens < tokenReserve ? usdReserve * tokens / (tokenReserve - tokens) : Double.POSITIVE_INFINITY;
    }

    public double tokenReserve() {
        return tokenReserve;
    }

    public double usdReserve() {
        return usdReserve;
    }

    /** usdReserve / tokenReserve: the marginal price of an infinitesimal trade. */
    @Override
    public double price() {
        return usdReserve / tokenReserve;
    }

    /** Does nothing: only trades move the price of a pool. */
    @Override
    public void endEpoch(int epoch) {
    }

    private static void requirePositive(String name, double value) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
    }

    private static void requireTrade(String name, double amount) {
        if (!(amount >= 0) || amount == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + amount);
        }
    }
}
