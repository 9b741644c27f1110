package org.depinlab.simulator.protocol;

import java.util.Arrays;

import org.depinlab.simulator.network.Network;

/**
 * The protocol's working accounts of all operators while the run goes on, an array entry per
 * operator: this epoch's figures, run totals, the moving averages of profit and cost the decisions
 * use, cash for expansion. Mutable and internal; at the end each operator's totals become its
 * {@link OperatorLedger}.
 *
 * <p>The accounts, all in USD unless named tokens:
 * <ul>
 * <li>Rewards sold are realised at what the market paid ({@code realisedUsd}); rewards held are
 * marked to market at the end of every epoch ({@code unrealisedUsd} = held tokens × the epoch's
 * closing price). An epoch's reward income is its realised sales plus its newly held tokens at the
 * closing price; the revaluation of tokens held from earlier epochs is a holding gain (or loss),
 * kept apart from operating on the network.
 * <li>Operating cost: electricity and identity costs. Operating profit: fees + staking income (the
 * take paid to bonded stake) + reward income − operating cost.
 * <li>Full cost: operating cost + hardware write-off + slashed stake at its market value + the
 * capital cost of stake and hardware. Full-cost profit: fees + staking income + reward income − full cost.
 * <li>Profit: full-cost profit + holding gains, so that over the run profit = fees + realised +
 * unrealised − full cost. Hardware bought ({@code capexUsd}) is a cash flow shown beside the
 * write-off that expenses it.
 * <li>Cash (what pays for expansions) moves only with money: fees, realised sales, electricity and
 * identity costs, hardware bought; write-off, slashing, capital cost and held tokens are no cash.
 * Stake is an asset: entrants buy theirs outside their cash, exits sell theirs once released.
 * </ul>
 * An operator's epoch is closed into its totals only while it takes part (capacity in service,
 * rewards or fees); holding gains accrue to every holder in every epoch.
 */
final class OperatorAccounts {

    final double[] rewardTokens;
    /** Reward tokens sold this epoch. */
    final double[] soldTokens;
    final double[] realisedUsd;
    final double[] feesUsd;
    final double[] electricityUsd;
    final double[] capexUsd;
    final double[] writeOffUsd;
    final double[] identityCostUsd;
    /** Stake slashed this epoch, tokens. */
    final double[] slashedTokens;
    final double[] slashedUsd;
    final double[] capitalCostUsd;
    final double[] holdingGainUsd;
    /** The protocol's take paid to the operator's bonded stake this epoch (take_to_stakers). */
    final double[] stakingIncomeUsd;
    final double[] profitUsd;

    final double[] totalRewardTokens;
    final double[] totalSoldTokens;
    final double[] totalRealisedUsd;
    /** Reward tokens held (received and not sold), a stock. */
    final double[] heldTokens;
    /** Held tokens at the last closing price, a stock. */
    final double[] unrealisedUsd;
    final double[] totalHoldingGainUsd;
    final double[] totalFeesUsd;
    final double[] totalElectricityUsd;
    final double[] totalCapexUsd;
    final double[] totalWriteOffUsd;
    final double[] totalIdentityCostUsd;
    final double[] totalSlashedTokens;
    final double[] totalSlashedUsd;
    final double[] totalCapitalCostUsd;
    final double[] totalStakingIncomeUsd;
    final double[] totalOperatingProfitUsd;
    final double[] totalFullCostProfitUsd;
    final int[] epochsActive;

    final double[] averageOperatingProfit;
    final double[] averageOperatingCost;
    final double[] averageFullCostProfit;
    final double[] averageFullCost;
    final int[] epochsObserved;
    /** Cash: initial cash plus fees and realised sales less electricity, identity costs and hardware bought. */
    final double[] cash;
    final boolean[] exited;
    /** USD paid for stake bought at entry and received for stake sold after exit, run totals. */
    final double[] stakeBoughtUsd;
    final double[] stakeSoldUsd;

    OperatorAccounts(Network network, double initialCashShare) {
        int operators = network.operatorCapacity();
        rewardTokens = new double[operators];
        soldTokens = new double[operators];
        realisedUsd = new double[operators];
        feesUsd = new double[operators];
        electricityUsd = new double[operators];
        capexUsd = new double[operators];
        writeOffUsd = new double[operators];
        identityCostUsd = new double[operators];
        slashedTokens = new double[operators];
        slashedUsd = new double[operators];
        capitalCostUsd = new double[operators];
        holdingGainUsd = new double[operators];
        stakingIncomeUsd = new double[operators];
        totalStakingIncomeUsd = new double[operators];
        profitUsd = new double[operators];
        totalRewardTokens = new double[operators];
        totalSoldTokens = new double[operators];
        totalRealisedUsd = new double[operators];
        heldTokens = new double[operators];
        unrealisedUsd = new double[operators];
        totalHoldingGainUsd = new double[operators];
        totalFeesUsd = new double[operators];
        totalElectricityUsd = new double[operators];
        totalCapexUsd = new double[operators];
        totalWriteOffUsd = new double[operators];
        totalIdentityCostUsd = new double[operators];
        totalSlashedTokens = new double[operators];
        totalSlashedUsd = new double[operators];
        totalCapitalCostUsd = new double[operators];
        totalOperatingProfitUsd = new double[operators];
        totalFullCostProfitUsd = new double[operators];
        epochsActive = new int[operators];
        averageOperatingProfit = new double[operators];
        averageOperatingCost = new double[operators];
        averageFullCostProfit = new double[operators];
        averageFullCost = new double[operators];
        epochsObserved = new int[operators];
        cash = new double[operators];
        exited = new boolean[operators];
        stakeBoughtUsd = new double[operators];
        stakeSoldUsd = new double[operators];
        for (int o = 0; o < network.operatorCount(); o++) {
            openCash(network, o, initialCashShare);
        }
    }

    /** Operator {@code o}'s cash at its start: a share of the price of all its hardware, headroom included. */
    void openCash(Network network, int o, double initialCashShare) {
        double hardware = 0;
        for (int n = network.firstNode[o]; n < network.firstNode[o] + network.nodeCount[o]; n++) {
            hardware += network.hardwareCostUsd[n];
        }
        cash[o] = initialCashShare * hardware;
    }

    void clearEpoch() {
        for (double[] figure : new double[][] {rewardTokens, soldTokens, realisedUsd, feesUsd, electricityUsd,
                capexUsd, writeOffUsd, identityCostUsd, slashedTokens, slashedUsd, capitalCostUsd, holdingGainUsd, stakingIncomeUsd}) {
            Arrays.fill(figure, 0);
        }
    }

    /**
     * Every holder's tokens at the epoch's closing price: the holding gain of the tokens held
     * before, then the epoch's newly held reward tokens join the stock.
     *
     * @param previousUsd the price the stock was last marked at
     * @param closingUsd  the price at the end of this epoch
     */
    void markToMarket(double previousUsd, double closingUsd) {
        for (int o = 0; o < heldTokens.length; o++) {
            holdingGainUsd[o] = heldTokens[o] * (closingUsd - previousUsd);
            totalHoldingGainUsd[o] += holdingGainUsd[o];
            heldTokens[o] += rewardTokens[o] - soldTokens[o];
            unrealisedUsd[o] = heldTokens[o] * closingUsd;
        }
    }

    /**
     * Closes operator {@code o}'s epoch: profits, totals, moving averages (α = 2 / (window + 1)).
     *
     * @param closingUsd the price the epoch's newly held reward tokens are valued at
     */
    void close(int o, int window, double closingUsd) {
        double rewardIncome = realisedUsd[o] + (rewardTokens[o] - soldTokens[o]) * closingUsd;
        double operatingCost = electricityUsd[o] + identityCostUsd[o];
        double fullCost = operatingCost + writeOffUsd[o] + slashedUsd[o] + capitalCostUsd[o];
        double income = feesUsd[o] + stakingIncomeUsd[o] + rewardIncome;
        double operatingProfitUsd = income - operatingCost;
        double fullCostProfitUsd = income - fullCost;
        profitUsd[o] = fullCostProfitUsd + holdingGainUsd[o];
        totalRewardTokens[o] += rewardTokens[o];
        totalSoldTokens[o] += soldTokens[o];
        totalRealisedUsd[o] += realisedUsd[o];
        totalFeesUsd[o] += feesUsd[o];
        totalElectricityUsd[o] += electricityUsd[o];
        totalCapexUsd[o] += capexUsd[o];
        totalWriteOffUsd[o] += writeOffUsd[o];
        totalIdentityCostUsd[o] += identityCostUsd[o];
        totalSlashedTokens[o] += slashedTokens[o];
        totalSlashedUsd[o] += slashedUsd[o];
        totalCapitalCostUsd[o] += capitalCostUsd[o];
        totalStakingIncomeUsd[o] += stakingIncomeUsd[o];
        totalOperatingProfitUsd[o] += operatingProfitUsd;
        totalFullCostProfitUsd[o] += fullCostProfitUsd;
        epochsActive[o]++;
        cash[o] += feesUsd[o] + realisedUsd[o] - operatingCost;
        double alpha = 2.0 / (window + 1);
        if (epochsObserved[o] == 0) {
            averageOperatingProfit[o] = operatingProfitUsd;
            averageOperatingCost[o] = operatingCost;
            averageFullCostProfit[o] = fullCostProfitUsd;
            averageFullCost[o] = fullCost;
        } else {
            averageOperatingProfit[o] += alpha * (operatingProfitUsd - averageOperatingProfit[o]);
            averageOperatingCost[o] += alpha * (operatingCost - averageOperatingCost[o]);
            averageFullCostProfit[o] += alpha * (fullCostProfitUsd - averageFullCostProfit[o]);
            averageFullCost[o] += alpha * (fullCost - averageFullCost[o]);
        }
        epochsObserved[o]++;
    }

    /** Operator {@code o}'s profit over the run so far: fees + realised + unrealised − full cost. */
    double totalProfit(int o) {
        return totalFullCostProfitUsd[o] + totalHoldingGainUsd[o];
    }

    /** Moving-average operating profit over moving-average operating cost (electricity, identities). */
    double operatingMargin(int o) {
        return averageOperatingProfit[o] / Math.max(averageOperatingCost[o], 1e-9);
    }

    /** Moving-average full-cost profit over moving-average full cost. */
    double fullCostMargin(int o) {
        return averageFullCostProfit[o] / Math.max(averageFullCost[o], 1e-9);
    }

    void forgetHistory(int o) {
        epochsObserved[o] = 0;
        averageOperatingProfit[o] = 0;
        averageOperatingCost[o] = 0;
        averageFullCostProfit[o] = 0;
        averageFullCost[o] = 0;
    }
}
