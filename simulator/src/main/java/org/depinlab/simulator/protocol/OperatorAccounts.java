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

    final double[] totalRewardTokens;
    final double[] totalRewardUsd;
    final double[] totalFeesUsd;
    final double[] totalElectricityUsd;
    final double[] totalAmortizationUsd;
    final double[] totalIdentityCostUsd;
    final double[] totalSlashedTokens;

    final double[] averageProfit;
    final double[] averageCost;
    final double[] averageOperatingProfit;
    final double[] averageOperatingCost;
    final int[] epochsObserved;
    final double[] cash;
    final boolean[] exited;

    OperatorAccounts(Network network, double initialCashShare) {
        int operators = network.operatorCapacity();
        rewardTokens = new double[operators];
        rewardUsd = new double[operators];
        feesUsd = new double[operators];
        electricityUsd = new double[operators];
        amortizationUsd = new double[operators];
        identityCostUsd = new double[operators];
        profitUsd = new double[operators];
        totalRewardTokens = new double[operators];
        totalRewardUsd = new double[operators];
        totalFeesUsd = new double[operators];
        totalElectricityUsd = new double[operators];
        totalAmortizationUsd = new double[operators];
        totalIdentityCostUsd = new double[operators];
        totalSlashedTokens = new double[operators];
        averageProfit = new double[operators];
        averageCost = new double[operators];
        averageOperatingProfit = new double[operators];
        averageOperatingCost = new double[operators];
        epochsObserved = new int[operators];
        cash = new double[operators];
        exited = new boolean[operators];
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
        java.util.Arrays.fill(rewardTokens, 0);
        java.util.Arrays.fill(rewardUsd, 0);
        java.util.Arrays.fill(feesUsd, 0);
        java.util.Arrays.fill(electricityUsd, 0);
        java.util.Arrays.fill(amortizationUsd, 0);
        java.util.Arrays.fill(identityCostUsd, 0);
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
        double operatingCost = electricityUsd[o] + identityCostUsd[o];
        double operatingProfit = rewardUsd[o] + feesUsd[o] - operatingCost;
        if (epochsObserved[o] == 0) {
            averageProfit[o] = profitUsd[o];
            averageCost[o] = cost;
            averageOperatingProfit[o] = operatingProfit;
            averageOperatingCost[o] = operatingCost;
        } else {
            averageProfit[o] += alpha * (profitUsd[o] - averageProfit[o]);
            averageCost[o] += alpha * (cost - averageCost[o]);
            averageOperatingProfit[o] += alpha * (operatingProfit - averageOperatingProfit[o]);
            averageOperatingCost[o] += alpha * (operatingCost - averageOperatingCost[o]);
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

    /**
     * Operating margin, hardware sunk: moving averages of (reward + fees − electricity − identity
     * cost) over (electricity + identity cost).
     */
    double operatingMargin(int o) {
        return averageOperatingProfit[o] / Math.max(averageOperatingCost[o], 1e-9);
    }

    /** Full-cost margin: profit over cost with the hardware's write-off in both ({@link #margin(int)}). */
    double fullCostMargin(int o) {
        return margin(o);
    }

    void forgetHistory(int o) {
        epochsObserved[o] = 0;
        averageProfit[o] = 0;
        averageCost[o] = 0;
        averageOperatingProfit[o] = 0;
        averageOperatingCost[o] = 0;
    }
}
