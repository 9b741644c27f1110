package org.depinlab.simulator.protocol;

import org.depinlab.simulator.network.Network;

/**
 * The protocol's working accounts of all operators while the run goes on, an array entry per
 * operator: this epoch's figures, run totals, the moving averages of profit and cost the decisions
 * use, cash for expansion. Mutable and internal; at the end each operator's totals become its
 * {@link OperatorLedger}.
 */
final class OperatorAccounts {

    final double[] rewardTokens;
    final double[] rewardUsd;
    final double[] feesUsd;
    final double[] electricityUsd;
    final double[] amortizationUsd;
    final double[] identityCostUsd;
    final double[] profitUsd;
    /** Stake slashed from the operator's nodes this epoch, tokens. */
    final double[] slashedTokens;

    final double[] totalRewardTokens;
    final double[] totalRewardUsd;
    final double[] totalFeesUsd;
    final double[] totalElectricityUsd;
    final double[] totalAmortizationUsd;
    final double[] totalIdentityCostUsd;
    final double[] totalSlashedTokens;

    final double[] averageProfit;
    final double[] averageCost;
    final int[] epochsObserved;
    final double[] cash;
    final boolean[] exited;

    OperatorAccounts(Network network, double initialCashShare) {
        int operators = network.operatorCount();
        rewardTokens = new double[operators];
        rewardUsd = new double[operators];
        feesUsd = new double[operators];
        electricityUsd = new double[operators];
        amortizationUsd = new double[operators];
        identityCostUsd = new double[operators];
        profitUsd = new double[operators];
        slashedTokens = new double[operators];
        totalRewardTokens = new double[operators];
        totalRewardUsd = new double[operators];
        totalFeesUsd = new double[operators];
        totalElectricityUsd = new double[operators];
        totalAmortizationUsd = new double[operators];
        totalIdentityCostUsd = new double[operators];
        totalSlashedTokens = new double[operators];
        averageProfit = new double[operators];
        averageCost = new double[operators];
        epochsObserved = new int[operators];
        cash = new double[operators];
        exited = new boolean[operators];
        for (int o = 0; o < operators; o++) {
            double hardware = 0;
            for (int n = network.firstNode[o]; n < network.firstNode[o] + network.nodeCount[o]; n++) {
                hardware += network.hardwareCostUsd[n];
            }
            cash[o] = initialCashShare * hardware;
        }
    }

    void clearEpoch() {
        java.util.Arrays.fill(rewardTokens, 0);
        java.util.Arrays.fill(rewardUsd, 0);
        java.util.Arrays.fill(feesUsd, 0);
        java.util.Arrays.fill(electricityUsd, 0);
        java.util.Arrays.fill(amortizationUsd, 0);
        java.util.Arrays.fill(identityCostUsd, 0);
        java.util.Arrays.fill(slashedTokens, 0);
    }

    /** Closes operator {@code o}'s epoch: profit, totals, moving averages (α = 2 / (window + 1)). */
    void close(int o, int window) {
        double cost = electricityUsd[o] + amortizationUsd[o] + identityCostUsd[o];
        profitUsd[o] = rewardUsd[o] + feesUsd[o] - cost;
        totalRewardTokens[o] += rewardTokens[o];
        totalRewardUsd[o] += rewardUsd[o];
        totalFeesUsd[o] += feesUsd[o];
        totalElectricityUsd[o] += electricityUsd[o];
        totalAmortizationUsd[o] += amortizationUsd[o];
        totalIdentityCostUsd[o] += identityCostUsd[o];
        cash[o] += profitUsd[o];
        double alpha = 2.0 / (window + 1);
        if (epochsObserved[o] == 0) {
            averageProfit[o] = profitUsd[o];
            averageCost[o] = cost;
        } else {
            averageProfit[o] += alpha * (profitUsd[o] - averageProfit[o]);
            averageCost[o] += alpha * (cost - averageCost[o]);
        }
        epochsObserved[o]++;
    }

    /** Operator {@code o}'s fiat profit over the run so far. */
    double totalProfit(int o) {
        return totalRewardUsd[o] + totalFeesUsd[o] - totalElectricityUsd[o] - totalAmortizationUsd[o]
                - totalIdentityCostUsd[o];
    }

    /** Moving-average profit over moving-average cost. */
    double margin(int o) {
        return averageProfit[o] / Math.max(averageCost[o], 1e-9);
    }

    void forgetHistory(int o) {
        epochsObserved[o] = 0;
        averageProfit[o] = 0;
        averageCost[o] = 0;
    }
}
