/**
 * Token price models: the fiat (USD) value of one token, epoch by epoch.
 *
 * <p>{@link org.depinlab.tokenomics.price.TokenPrice} is the one interface. Exogenous models:
 * {@link org.depinlab.tokenomics.price.ConstantPrice},
 * {@link org.depinlab.tokenomics.price.GeometricBrownianPrice} (exact log-normal steps, fed by a
 * caller's random stream so that runs are reproducible) and
 * {@link org.depinlab.tokenomics.price.ReplayedPrice} (a recorded path). Endogenous:
 * {@link org.depinlab.tokenomics.price.ConstantProductAmm}, a no-fee x*y=k pool whose price moves
 * only when someone trades with it. The package imports the JDK and Commons Math 3 (for
 * {@code RandomGenerator}); it knows nothing of the simulator.
 */
package org.depinlab.tokenomics.price;
