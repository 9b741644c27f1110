package org.depinlab.simulator.protocol;

import java.util.ArrayList;
import java.util.List;

import org.depinlab.simulator.network.Network;
import org.depinlab.tokenomics.concentration.Concentration;
import org.depinlab.tokenomics.concentration.ConcentrationMetrics;

/**
 * The epoch's concentration figures over the operators with capacity in service: rewards, fiat
 * profit (floored at 0) and GPUs in service, each per identity (apparent) and per operator (true).
 * With no operator in service the figures are NaN.
 */
final class ConcentrationSeries {

    private final Network network;
    private final Identities identities;
    private final OperatorAccounts book;
    private Concentration rewardApparent;
    private Concentration rewardTrue;
    private Concentration profitApparent;
    private Concentration profitTrue;
    private Concentration capacityApparent;
    private Concentration capacityTrue;
    private int operatorsActive;
    private int identitiesActive;
    private int losing;
    private List<Double> classShares = List.of();

    ConcentrationSeries(Network network, Identities identities, OperatorAccounts book) {
        this.network = network;
        this.identities = identities;
        this.book = book;
    }

    void record(int epoch, double[] rewards, double usd) {
        int operators = network.operatorCount();
        int max = identities.max();
        double[] gpusBySlot = new double[identities.slots()];
        for (int n = 0; n < network.nodeCount(); n++) {
            if (network.active(n)) {
                gpusBySlot[identities.of(n)] += network.gpus[n];
            }
        }
        List<Double> rewardPerIdentity = new ArrayList<>();
        List<Double> profitPerIdentity = new ArrayList<>();
        List<Double> gpusPerIdentity = new ArrayList<>();
        List<Double> rewardPerOperator = new ArrayList<>();
        List<Double> profitPerOperator = new ArrayList<>();
        List<Double> gpusPerOperator = new ArrayList<>();
        double[] classRewards = new double[network.operatorClasses.size()];
        double allRewards = 0;
        losing = 0;
        for (int o = 0; o < operators; o++) {
            if (network.nodesInService(o) == 0) {
                continue;
            }
            int count = identities.count(o);
            double operatorReward = 0;
            double operatorGpus = 0;
            double profit = Math.max(0, book.profitUsd[o]);
            for (int k = 0; k < count; k++) {
                int slot = o * max + k;
                rewardPerIdentity.add(rewards[slot]);
                profitPerIdentity.add(profit / count);
                gpusPerIdentity.add(gpusBySlot[slot]);
                operatorReward += rewards[slot];
                operatorGpus += gpusBySlot[slot];
            }
            rewardPerOperator.add(operatorReward);
            profitPerOperator.add(profit);
            gpusPerOperator.add(operatorGpus);
            classRewards[network.operatorClass[o]] += operatorReward;
            allRewards += operatorReward;
            if (book.profitUsd[o] < 0) {
                losing++;
            }
        }
        operatorsActive = rewardPerOperator.size();
        identitiesActive = rewardPerIdentity.size();
        rewardApparent = of(rewardPerIdentity);
        rewardTrue = of(rewardPerOperator);
        profitApparent = of(profitPerIdentity);
        profitTrue = of(profitPerOperator);
        capacityApparent = of(gpusPerIdentity);
        capacityTrue = of(gpusPerOperator);
        List<Double> shares = new ArrayList<>();
        for (double classReward : classRewards) {
            shares.add(allRewards > 0 ? classReward / allRewards : 0.0);
        }
        classShares = shares;
    }

    ProtocolEpoch epoch(int epoch, double supply, double minted, double burned, double inflation, double price,
                        double treasury, double paid, int entries, int exits, double slashed,
                        WealthConcentration wealth, EntryExit entryExit) {
        return new ProtocolEpoch(epoch, supply, minted, burned, inflation, price, treasury, paid, operatorsActive,
                identitiesActive, entries, exits, losing, slashed, gini(rewardApparent), gini(rewardTrue),
                nakamoto(rewardApparent), nakamoto(rewardTrue), hhi(rewardApparent), hhi(rewardTrue),
                gini(profitApparent), gini(profitTrue), nakamoto(profitTrue), hhi(profitTrue), gini(capacityApparent),
                gini(capacityTrue), nakamoto(capacityTrue), hhi(capacityTrue), classShares, wealth, entryExit);
    }

    private static Concentration of(List<Double> values) {
        return values.isEmpty() ? null : ConcentrationMetrics.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double gini(Concentration c) {
        return c == null ? Double.NaN : c.gini();
    }

    private static double hhi(Concentration c) {
        return c == null ? Double.NaN : c.hhi();
    }

    private static int nakamoto(Concentration c) {
        return c == null ? 0 : c.nakamoto();
    }
}
