package org.depinlab.simulator.protocol;

import java.util.ArrayList;
import java.util.List;

import org.depinlab.simulator.network.Network;
import org.depinlab.tokenomics.concentration.Concentration;
import org.depinlab.tokenomics.concentration.ConcentrationMetrics;
import org.depinlab.tokenomics.concentration.SignedGini;

/**
 * The epoch's concentration figures over the operators with capacity in service: rewards, fiat
 * profit and GPUs in service, each per identity (apparent) and per operator (true). The profit Gini
 * counts losses ({@link SignedGini}); its Nakamoto coefficient and HHI, which need shares, count the
 * positive profits only. With no operator in service the figures are NaN.
 */
final class ConcentrationSeries {

    private final Network network;
    private final Identities identities;
    private final OperatorAccounts book;
    private Concentration rewardApparent;
    private Concentration rewardTrue;
    /** The epoch's positive profits per operator (losses count 0), for the Nakamoto coefficient and HHI. */
    private Concentration profitTrue;
    /** Gini of the epoch's profits, losses included ({@link SignedGini}). */
    private double profitGiniApparent;
    private double profitGiniTrue;
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

    void record(double[] rewards) {
        int operators = network.operatorCount();
        int max = identities.max();
        double[] gpusBySlot = new double[identities.slots()];
        for (int n = 0; n < network.nodeCount(); n++) {
            if (network.active(n)) {
                gpusBySlot[identities.of(n)] += network.gpus[n];
            }
        }
        List<Double> rewardPerIdentity = new ArrayList<>();
        List<Double> gpusPerIdentity = new ArrayList<>();
        List<Double> rewardPerOperator = new ArrayList<>();
        List<Double> profitPerOperator = new ArrayList<>();
        List<Double> signedProfitPerIdentity = new ArrayList<>();
        List<Double> signedProfitPerOperator = new ArrayList<>();
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
            double signedProfit = book.profitUsd[o];
            double profit = Math.max(0, signedProfit);
            for (int k = 0; k < count; k++) {
                int slot = o * max + k;
                rewardPerIdentity.add(rewards[slot]);
                signedProfitPerIdentity.add(signedProfit / count);
                gpusPerIdentity.add(gpusBySlot[slot]);
                operatorReward += rewards[slot];
                operatorGpus += gpusBySlot[slot];
            }
            rewardPerOperator.add(operatorReward);
            profitPerOperator.add(profit);
            signedProfitPerOperator.add(signedProfit);
            gpusPerOperator.add(operatorGpus);
            classRewards[network.operatorClass[o]] += operatorReward;
            allRewards += operatorReward;
            if (signedProfit < 0) {
                losing++;
            }
        }
        operatorsActive = rewardPerOperator.size();
        identitiesActive = rewardPerIdentity.size();
        rewardApparent = of(rewardPerIdentity);
        rewardTrue = of(rewardPerOperator);
        profitTrue = of(profitPerOperator);
        profitGiniApparent = signedGini(signedProfitPerIdentity);
        profitGiniTrue = signedGini(signedProfitPerOperator);
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
                profitGiniApparent, profitGiniTrue, nakamoto(profitTrue), hhi(profitTrue), gini(capacityApparent),
                gini(capacityTrue), nakamoto(capacityTrue), hhi(capacityTrue), classShares, wealth, entryExit);
    }

    private static Concentration of(List<Double> values) {
        return values.isEmpty() ? null : ConcentrationMetrics.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static double signedGini(List<Double> values) {
        return values.isEmpty() ? Double.NaN : SignedGini.of(values.stream().mapToDouble(Double::doubleValue).toArray());
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
