package org.depinlab.simulator.market;

import org.depinlab.simulator.network.Network;

/** The matching policies a scenario can name. */
public enum Matching {
    FIRST_FIT, FASTEST_FIRST, LOWEST_PRICE, STAKE_WEIGHTED, REPUTATION_WEIGHTED;

    /** A new policy object. */
    public MatchingPolicy policy() {
        return switch (this) {
            case FIRST_FIT -> new FirstFit();
            case FASTEST_FIRST -> new FastestFirst();
            case LOWEST_PRICE -> new LowestPrice();
            case STAKE_WEIGHTED, REPUTATION_WEIGHTED -> new WeightedRandom();
        };
    }

    /** The per-node weights the capacity index must keep for this policy, or null. */
    public double[] weights(Network network) {
        return switch (this) {
            case STAKE_WEIGHTED -> network.stakeTokens;
            case REPUTATION_WEIGHTED -> network.reputation;
            default -> null;
        };
    }
}
