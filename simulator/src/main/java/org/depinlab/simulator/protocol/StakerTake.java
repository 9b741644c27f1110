package org.depinlab.simulator.protocol;

import org.depinlab.simulator.network.Network;
import org.depinlab.tokenomics.staking.StakeBook;

/**
 * The protocol's take paid to stakers (Akash: the take rate on leases, 4 % of AKT and 20 % of USDC
 * payments, goes to AKT stakers): each node's bonded stake earns its share of the epoch's take for
 * its operator, so identities share it pro rata to their bonded stake. With nothing bonded the take
 * stays with the protocol.
 */
final class StakerTake {

    private final Network network;
    private final StakeBook stakes;
    private final OperatorAccounts book;

    StakerTake(Network network, StakeBook stakes, OperatorAccounts book) {
        this.network = network;
        this.stakes = stakes;
        this.book = book;
    }

    /** Pays {@code takeUsd} pro rata to bonded stake; returns what was paid. */
    double pay(double takeUsd) {
        double bonded = 0;
        for (int n = 0; n < network.nodeCount(); n++) {
            bonded += stakes.bonded(n);
        }
        if (!(takeUsd > 0 && bonded > 0)) {
            return 0;
        }
        for (int n = 0; n < network.nodeCount(); n++) {
            double stake = stakes.bonded(n);
            if (stake > 0) {
                book.stakingIncomeUsd[network.operator[n]] += takeUsd * stake / bonded;
            }
        }
        return takeUsd;
    }
}
