/**
 * Token price models and markets: the fiat (USD) value of one token, epoch by epoch, and where
 * tokens are traded for USD.
 *
 * <p>{@link org.depinlab.tokenomics.price.TokenPrice} is a price. Exogenous models:
 * {@link org.depinlab.tokenomics.price.ConstantPrice},
 * {@link org.depinlab.tokenomics.price.GeometricBrownianPrice} (exact log-normal steps, fed by a
 * caller's random stream so that runs are reproducible) and
 * {@link org.depinlab.tokenomics.price.ReplayedPrice} (a recorded path).
 * {@link org.depinlab.tokenomics.price.TokenMarket} is a price one can sell into and buy from:
 * {@link org.depinlab.tokenomics.price.PriceTaker} puts an exogenous price behind it (trades clear
 * at the price and do not move it); {@link org.depinlab.tokenomics.price.ConstantProductAmm} is
 * endogenous, a no-fee x*y=k pool whose price moves only when someone trades with it.
 * {@link org.depinlab.tokenomics.price.OutsideFlow} is the net USD buyers and sellers outside the
 * network trade each epoch (persistent Gaussian sentiment) and how it trades with a market. The package
 * imports the JDK and Commons Math 3 (for {@code RandomGenerator}); it knows nothing of the
 * simulator.
 */
package org.depinlab.tokenomics.price;
