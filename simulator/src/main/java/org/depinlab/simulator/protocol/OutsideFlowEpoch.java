package org.depinlab.simulator.protocol;

/**
 * Outsiders' trade with the pool in one epoch.
 *
 * @param epoch          index from 0
 * @param flowUsd        net USD they meant to buy (+) or sell (−)
 * @param tokens         tokens they bought (+) or sold (−); a sale is cut to what they held
 * @param holdingsTokens tokens they hold after the trade
 * @param priceUsd       the pool's price after the trade
 */
public record OutsideFlowEpoch(int epoch, double flowUsd, double tokens, double holdingsTokens, double priceUsd) {
}
