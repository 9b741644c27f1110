package org.depinlab.simulator.protocol;

import org.depinlab.simulator.adversary.FraudBoard;

/**
 * With {@code checks_paid_by: protocol}: each checking node's fees for spot checks and redundant
 * copies are not split like a customer's fee; the node keeps them in full and the protocol pays them
 * from the epoch's take (before the take goes to stakers or to the burn). What the take cannot cover
 * is recorded as unfunded: the nodes are paid all the same, and the protocol's shortfall is a figure,
 * not a token sale or a mint.
 */
final class ProtocolPaidChecks {

    private final FraudBoard board;
    private double epochUsd;
    private double paidUsd;
    private double unfundedUsd;

    ProtocolPaidChecks(FraudBoard board) {
        this.board = board;
    }

    /** Node {@code node}'s fees for checks in the epoch, which the protocol pays (part of its fees). */
    double checkFeesUsd(int node) {
        double fees = board.verificationFeesUsd(node);
        epochUsd += fees;
        return fees;
    }

    /** Pays the epoch's check fees read so far from {@code takeUsd}; returns what is left of the take. */
    double fund(double takeUsd) {
        double funded = Math.min(takeUsd, epochUsd);
        paidUsd += funded;
        unfundedUsd += epochUsd - funded;
        epochUsd = 0;
        return takeUsd - funded;
    }

    /** Check fees paid from the take, over the run. */
    double paidUsd() {
        return paidUsd;
    }

    /** Check fees the take could not cover, over the run. */
    double unfundedUsd() {
        return unfundedUsd;
    }
}
