package org.depinlab.simulator.protocol;

import java.util.Arrays;

import org.depinlab.simulator.adversary.FraudBoard;
import org.depinlab.simulator.adversary.Penalties;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkControl;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.tokenomics.ledger.TokenLedger;
import org.depinlab.tokenomics.staking.StakeBook;

/**
 * Fraud penalties, at the epoch end, to every node flagged in the epoch (once per node and epoch,
 * however many flags): its bonded stake slashed by the fraud share and burned from the escrow (so
 * supply stays conserved), its reputation reset when reputation is on, and its ejection from service
 * for a number of epochs or for good. Never a fault: honest-fault slashing and reputation's faults
 * are untouched. Also tallies what was paid for work not done.
 */
public final class FraudPenalties {

    private static final int NOT_EJECTED = -1;

    private final Penalties rules;
    private final Network network;
    private final StakeBook stakes;
    private final TokenLedger ledger;
    private final int escrow;
    private final OperatorAccounts book;
    /** Per node: the epoch it returns to service, {@link Penalties#PERMANENT}, or {@link #NOT_EJECTED}. */
    private final int[] ejectedUntil;
    private double rewardsUsd;
    private double unrunRewardsUsd;
    private double slashedTokens;
    private long falseSlashes;
    private double falseSlashTokens;
    private long ejections;

    FraudPenalties(Penalties rules, Network network, StakeBook stakes, TokenLedger ledger, int escrow,
                   OperatorAccounts book) {
        this.rules = rules;
        this.network = network;
        this.stakes = stakes;
        this.ledger = ledger;
        this.escrow = escrow;
        this.book = book;
        ejectedUntil = new int[network.nodeCount()];
        Arrays.fill(ejectedUntil, NOT_EJECTED);
    }

    /** Returns to service the ejected nodes whose time is up (and whose operator has not left). */
    void readmit(int epoch, NetworkControl control) {
        for (int n = 0; n < ejectedUntil.length; n++) {
            if (ejectedUntil[n] != NOT_EJECTED && ejectedUntil[n] != Penalties.PERMANENT && ejectedUntil[n] <= epoch) {
                ejectedUntil[n] = NOT_EJECTED;
                if (!book.exited[network.operator[n]]) {
                    control.activate(n);
                }
            }
        }
    }

    /**
     * Penalizes every node in service the board flagged in the epoch just closed; the stake slashed is
     * valued at {@code usd}. A node out of service (ejected already, or its operator gone) is not
     * penalized again for checks of its past jobs that complete later.
     */
    void penalizeFlagged(FraudBoard board, int epoch, double usd, NetworkControl control) {
        for (int n = 0; n < network.nodeCount(); n++) {
            if (board.flags(n) > 0 && network.active(n)) {
                penalize(n, board.falseFlags(n) == board.flags(n), epoch, usd, control);
            }
        }
    }

    /**
     * Penalizes every node in service that failed a capacity challenge in the epoch; a failure is false
     * when the node claimed nothing it lacks (the figures can tell, the protocol cannot).
     */
    void penalizeChallenged(SpoofingAudit spoofing, int epoch, double usd, NetworkControl control) {
        ChallengeOutcomes outcomes = spoofing.outcomes();
        for (int n = 0; n < network.nodeCount(); n++) {
            if (outcomes.failed(n) && network.active(n)) {
                penalize(n, !spoofing.claims().spoofs(n), epoch, usd, control);
            }
        }
    }

    /**
     * Penalizes node {@code node} caught in epoch {@code epoch}: slash, ejection (the reputation
     * reset follows the epoch's reputation update, see {@link BetaReputation#reset}).
     *
     * @param falsely whether every flag of the node was of an honest result
     * @param usd     the token's price, for the operator's accounts
     */
    private void penalize(int node, boolean falsely, int epoch, double usd, NetworkControl control) {
        double amount = rules.fraudSlashShare() > 0 ? stakes.slash(node, rules.fraudSlashShare()) : 0;
        if (amount > 0) {
            ledger.burn(escrow, amount);
            int o = network.operator[node];
            book.slashedTokens[o] += amount;
            book.slashedUsd[o] += amount * usd;
            slashedTokens += amount;
            if (falsely) {
                falseSlashes++;
                falseSlashTokens += amount;
            }
        }
        if (rules.ejectionEpochs() > 0 && network.active(node)) {
            ejectedUntil[node] = rules.ejectionEpochs() == Penalties.PERMANENT ? Penalties.PERMANENT
                    : epoch + 1 + rules.ejectionEpochs();
            ejections++;
            control.deactivate(node);
        }
    }

    /** Resets the reputation of every node flagged or failing a challenge in the epoch. */
    void resetReputations(FraudBoard board, SpoofingAudit spoofing, BetaReputation reputation,
                          NetworkControl control) {
        if (!rules.resetReputation()) {
            return;
        }
        for (int n = 0; n < network.nodeCount(); n++) {
            if (board.flags(n) > 0 || spoofing != null && spoofing.outcomes().failed(n)) {
                reputation.reset(n, control);
            }
        }
    }

    /**
     * Tallies the epoch's rewards at {@code usd} and the share of them each operator was paid for
     * claimed work it did not run.
     */
    void paid(NodeEpochs nodes, double usd) {
        for (int o = 0; o < network.operatorCount(); o++) {
            double rewards = book.rewardTokens[o] * usd;
            rewardsUsd += rewards;
            if (rewards == 0) {
                continue;
            }
            double work = 0;
            double unrun = 0;
            for (int n = network.firstNode[o]; n < network.firstNode[o] + network.nodeCount[o]; n++) {
                work += nodes.workGpuSeconds(n);
                unrun += nodes.unrunGpuSeconds(n);
            }
            if (unrun > 0) {
                unrunRewardsUsd += rewards * unrun / work;
            }
        }
    }

    /** The run's outcome; {@code paidChecks} null when customers pay for checks. */
    FraudOutcome outcome(ProtocolPaidChecks paidChecks) {
        return new FraudOutcome(rewardsUsd, unrunRewardsUsd, slashedTokens, falseSlashes, falseSlashTokens, ejections,
                paidChecks == null ? 0 : paidChecks.paidUsd(), paidChecks == null ? 0 : paidChecks.unfundedUsd());
    }
}
