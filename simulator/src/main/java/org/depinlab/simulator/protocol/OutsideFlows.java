package org.depinlab.simulator.protocol;

/**
 * Buyers and sellers outside the network trading with the pool every epoch (see
 * {@link org.depinlab.tokenomics.price.OutsideFlow}).
 *
 * @param meanUsdPerEpoch mean net USD bought (+) or sold (−) per epoch
 * @param sdUsdPerEpoch   standard deviation of an epoch's net flow, USD
 * @param persistence     correlation of successive epochs' flows, in [0, 1)
 * @param floatTokens     tokens outsiders hold at genesis, out of the genesis supply (what they can
 *                        sell before they have bought)
 */
public record OutsideFlows(double meanUsdPerEpoch, double sdUsdPerEpoch, double persistence, double floatTokens) {

    public OutsideFlows {
        if (!Double.isFinite(meanUsdPerEpoch) || !(sdUsdPerEpoch >= 0) || Double.isInfinite(sdUsdPerEpoch)) {
            throw new IllegalArgumentException("outside flow mean must be finite and its sd finite and >= 0");
        }
        if (!(persistence >= 0 && persistence < 1)) {
            throw new IllegalArgumentException("outside flow persistence must be in [0, 1), got " + persistence);
        }
        if (!(floatTokens >= 0) || Double.isInfinite(floatTokens)) {
            throw new IllegalArgumentException("outside float must be finite and >= 0 tokens, got " + floatTokens);
        }
    }
}
