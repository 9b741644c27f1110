package org.depinlab.simulator.protocol;

import org.depinlab.simulator.adversary.Cheater;
import org.depinlab.simulator.adversary.FraudBoard;
import org.depinlab.simulator.adversary.Penalties;
import org.depinlab.simulator.adversary.RationalCheating;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.tokenomics.staking.StakeBook;

/**
 * At every epoch end, each rational cheater decides whether to cheat in the next epoch
 * ({@link RationalCheating}), from the epoch just closed: its gain is what cheating on that epoch's
 * work would save (the busy power not drawn, at its electricity price and PUE, and the GPU time
 * freed, resold at its ask and its utilization); its penalty is the fraud slash of its bonded stake
 * at the price plus the income it would lose while ejected (the epoch's fees and rewards times the
 * ejection, at most the epochs left); its detection probability is its Beta estimate of the check
 * probability from its own delivered and checked jobs, over as many jobs as it ran.
 */
final class RationalCheaters {

    private final Penalties penalties;
    private final Network network;
    private final StakeBook stakes;
    private final OperatorAccounts book;

    RationalCheaters(Penalties penalties, Network network, StakeBook stakes, OperatorAccounts book) {
        this.penalties = penalties;
        this.network = network;
        this.stakes = stakes;
        this.book = book;
    }

    void decide(FraudBoard board, NodeEpochs nodes, double usd) {
        for (int o = 0; o < network.operatorCount(); o++) {
            if (!board.isCheater(o) || !board.cheaterOf(o).rational()) {
                continue;
            }
            Cheater cheater = board.cheaterOf(o);
            double gain = 0;
            double jobs = 0;
            double stake = 0;
            for (int n = network.firstNode[o]; n < network.firstNode[o] + network.nodeCount[o]; n++) {
                double work = nodes.workGpuSeconds(n);
                jobs += nodes.completions(n);
                stake += stakes.bonded(n);
                double online = network.gpus[n] * nodes.uptimeSeconds(n);
                double utilization = online > 0 ? Math.min(1, work / online) : 0;
                gain += (network.busyWattsPerGpu[n] - network.idleWattsPerGpu[n]) * work * (1 - cheater.workShare())
                        / 3.6e6 * network.electricityUsdPerKwh[o] * network.pue[o]
                        + work / 3600 * (1 - cheater.holdShare()) * network.askUsdPerGpuHour[n] * utilization;
            }
            double detection = RationalCheating.detection(
                    RationalCheating.checkProbability(board.checkedJobs(o), board.deliveredJobs(o)), jobs);
            double income = book.feesUsd[o] + book.rewardTokens[o] * usd;
            double future = income * Math.min(penalties.ejectionEpochs(), board.remainingEpochs());
            board.setCheating(o, jobs > 0
                    && RationalCheating.cheats(gain, detection, penalties.fraudSlashShare() * stake * usd, future));
        }
    }
}
