package org.depinlab.simulator.protocol;

import org.depinlab.simulator.network.Network;
import org.depinlab.tokenomics.ledger.TokenLedger;
import org.depinlab.tokenomics.staking.StakeBook;

/**
 * Operators bonding a share of their rewards as more stake: an identity's restaked tokens move from
 * its account to the staking escrow and are bonded to its nodes in service, pro rata to the stake
 * each has bonded (equally when none has any), so stake compounds where it already is. An identity
 * with no node in service restakes nothing (its reward stays liquid).
 */
final class Restaking {

    private final double share;
    private final Network network;
    private final Identities identities;
    private final TokenLedger ledger;
    private final StakeBook stakes;
    private final int escrow;

    Restaking(double share, Network network, Identities identities, TokenLedger ledger, StakeBook stakes,
              int escrow) {
        this.share = share;
        this.network = network;
        this.identities = identities;
        this.ledger = ledger;
        this.stakes = stakes;
        this.escrow = escrow;
    }

    /** Restakes the configured share of {@code reward} tokens paid to {@code identity}; returns the tokens bonded. */
    double restake(int identity, double reward) {
        double tokens = reward * share;
        if (!(tokens > 0)) {
            return 0;
        }
        int o = identities.owner(identity);
        int end = network.firstNode[o] + network.nodeCount[o];
        int nodes = 0;
        double bonded = 0;
        for (int n = network.firstNode[o]; n < end; n++) {
            if (network.active(n) && identities.of(n) == identity) {
                nodes++;
                bonded += stakes.bonded(n);
            }
        }
        if (nodes == 0) {
            return 0;
        }
        ledger.transfer(identity, escrow, tokens);
        for (int n = network.firstNode[o]; n < end; n++) {
            if (network.active(n) && identities.of(n) == identity) {
                stakes.bond(n, bonded > 0 ? tokens * stakes.bonded(n) / bonded : tokens / nodes);
            }
        }
        return tokens;
    }
}
