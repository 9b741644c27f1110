package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.model.ModelConfig;
import org.depinlab.simulator.model.NetworkModel;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.network.OperatorClass;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.workload.Distribution;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.WorkloadConfig;
import org.depinlab.tokenomics.emission.ConstantEmission;
import org.depinlab.tokenomics.reward.ProRataUptime;
import org.depinlab.tokenomics.reward.ProRataWork;
import org.depinlab.tokenomics.reward.RewardRule;
import org.junit.jupiter.api.Test;

/** Reputation and stake that compound: what matching and the stake book do with them over a run. */
class CompoundingTest {

    private static final double DAY = 86_400;
    private static final int NODES = 10;

    /**
     * Ten one-GPU nodes of the exact test H100, node 0 under its own operator, a fifth busy with
     * one-minute jobs (so that a job nearly always has the choice of several free nodes).
     */
    private static ModelConfig tenNodes(Matching matching, double stakeOfNode0) {
        List<NodeSpec> nodes = new ArrayList<>();
        nodes.add(new NodeSpec("first", "H100-SXM", 1, "eu", 0.2, 1, stakeOfNode0, 1));
        for (int n = 1; n < NODES; n++) {
            nodes.add(new NodeSpec("rest", "H100-SXM", 1, "eu", 0.2, 1, 1_000, 1));
        }
        WorkloadConfig jobs = new WorkloadConfig.Synthetic(new ArrivalProcess.Poisson(NODES * 0.2 / 60),
                List.of(TestNetworks.exponentialJobs("minute", 60)), 10_000);
        return new ModelConfig(TestNetworks.explicit(nodes), jobs, matching, 2 * DAY, 3_600);
    }

    private static ProtocolConfig scheme(RewardRule rule, double slashPerFault, Optional<ReputationRule> reputation,
                                         double restake) {
        return new ProtocolConfig(new ConstantEmission(10_000), rule, ProtocolConfig.WorkMeasure.GPU_SECONDS, 0, false,
                new PriceModel.Constant(1), 1_000_000, List.of(), slashPerFault, 1, 0, 0.5, 24 * 365, Optional.empty(),
                Optional.empty(), 0, reputation, restake);
    }

    /** A run in which node 0 is seen to fail {@code faultsOfNode0} times every epoch. */
    private record Run(NetworkModel model, Protocol protocol, RunResult result, long[] secondDayCompletions) {

        static Run of(ModelConfig model, ProtocolConfig scheme, int faultsOfNode0, GpuProfiles profiles) {
            NetworkModel networkModel = new NetworkModel(model, 7, profiles);
            long[] completions = new long[networkModel.network().nodeCount()];
            networkModel.setCompletionListener((job, node, now) -> {
                if (now > DAY) {
                    completions[node]++;
                }
            });
            networkModel.addEpochObserver((epoch, nodes, control) -> {
                for (int f = 0; f < faultsOfNode0; f++) {
                    nodes.fault(0);
                }
            });
            Protocol protocol = new Protocol(scheme, networkModel.network(), networkModel.stream("market"));
            networkModel.addEpochObserver(protocol);
            RunResult result = networkModel.run();
            return new Run(networkModel, protocol, result, completions);
        }

        double shareOfNode0() {
            return (double) secondDayCompletions[0] / Arrays.stream(secondDayCompletions).sum();
        }
    }

    @Test
    void aFailingNodeLosesSelectionShareUnderReputationWeighting() {
        GpuProfiles profiles = TestNetworks.exactProfiles();
        ModelConfig model = tenNodes(Matching.REPUTATION_WEIGHTED, 1_000);
        Run fixed = Run.of(model, scheme(new ProRataWork(), 0, Optional.empty(), 0), 60, profiles);
        Run following = Run.of(model, scheme(new ProRataWork(), 0, Optional.of(new ReputationRule(0.2, 2)), 0), 60,
                profiles);
        // ~290 completions a node on the second day: a tenth of ~2 900 is 290 ± 16 (binomial), a share of 0.1 ± 0.006
        assertEquals(0.1, fixed.shareOfNode0(), 0.02, "reputations as drawn (all 1): a tenth of the work");
        assertTrue(following.shareOfNode0() < 0.05, "60 faults an epoch against ~12 completions: reputation ~1/6"
                + " or less, so under half its share; got " + following.shareOfNode0());
        Network network = following.model().network();
        assertTrue(network.reputation[0] < 0.2, "node 0's reputation " + network.reputation[0]);
        assertEquals(1.0, network.reputation[1], "only completions: the prior of 1 stays 1");
    }

    @Test
    void stakeWeightedMatchingFollowsSlashedStake() {
        GpuProfiles profiles = TestNetworks.exactProfiles();
        ModelConfig model = tenNodes(Matching.STAKE_WEIGHTED, 1_000);
        Run unslashed = Run.of(model, scheme(new ProRataWork(), 0, Optional.empty(), 0), 1, profiles);
        Run slashed = Run.of(model, scheme(new ProRataWork(), 0.3, Optional.empty(), 0), 1, profiles);
        assertEquals(0.1, unslashed.shareOfNode0(), 0.02);
        assertTrue(slashed.shareOfNode0() < 0.01, "0.7^24 of its stake left after a day: got "
                + slashed.shareOfNode0());
        for (int n = 0; n < NODES; n++) {
            assertEquals(slashed.protocol().stakes().bonded(n), slashed.model().network().stakeTokens[n],
                    "matching weighs node " + n + " by the stake bonded now");
        }
    }

    @Test
    void stakeWeightedMatchingFollowsRestakedStake() {
        GpuProfiles profiles = TestNetworks.exactProfiles();
        // node 0 starts with 10 tokens against 1 000 of each other node; uptime rewards ~1 000 tokens a node an epoch
        ModelConfig model = tenNodes(Matching.STAKE_WEIGHTED, 10);
        Run liquid = Run.of(model, scheme(new ProRataUptime(), 0, Optional.empty(), 0), 0, profiles);
        Run restaked = Run.of(model, scheme(new ProRataUptime(), 0, Optional.empty(), 1), 0, profiles);
        assertTrue(liquid.shareOfNode0() < 0.01, "10 of 9 010 tokens: got " + liquid.shareOfNode0());
        assertEquals(0.1, restaked.shareOfNode0(), 0.03, "after a day of equal uptime rewards restaked, stakes"
                + " are nearly equal");
        Protocol protocol = restaked.protocol();
        double bonded = IntStream.range(0, NODES).mapToDouble(n -> protocol.stakes().bonded(n)).sum();
        int escrow = 2;
        assertEquals(bonded, protocol.ledger().balance(escrow), 1e-9 * bonded,
                "restaked tokens sit in the staking escrow (account after the two operators' identities)");
        assertEquals(0, protocol.ledger().balance(0) + protocol.ledger().balance(1), 1e-6,
                "everything restaked: nothing liquid, nothing sold");
    }

    @Test
    void restakingRaisesTheLargestOperatorsStakeShare() {
        GpuProfiles profiles = GpuProfiles.builtIn();
        // one bond per node whatever its GPUs (as networks that require a bond per node): operators of
        // 8-GPU nodes earn more work rewards per staked token, so restaking moves stake their way
        List<OperatorClass> classes = TestNetworks.CLASSES.stream().map(c -> new OperatorClass(c.name(), c.weight(),
                c.nodesPerOperator(), c.gpusPerNode(), c.gpuModels(), c.regions(), c.electricityUsdPerKwh(),
                c.askUsdPerGpuHour(), new Distribution.Deterministic(1_000), c.reputation(), c.hardwareCostFactor(),
                c.idlePowerFraction())).toList();
        ModelConfig stressed = TestNetworks.stressed(Matching.FIRST_FIT, 0);
        NetworkConfig bonds = stressed.network();
        ModelConfig model = new ModelConfig(new NetworkConfig(new Population.Drawn(60, 0, classes),
                bonds.nodeFailures(), bonds.operatorOutages(), bonds.retryInterrupted(), bonds.maxAttempts(),
                bonds.hardwareCostUsdPerGpu(), 0), stressed.workload(), Matching.FIRST_FIT,
                stressed.durationSeconds(), stressed.epochSeconds());
        double without = largestStakeShare(model, scheme(new ProRataWork(), 0, Optional.empty(), 0), profiles);
        double with = largestStakeShare(model, scheme(new ProRataWork(), 0, Optional.empty(), 0.5), profiles);
        assertTrue(with > without + 0.05, "top tenth of operators by GPUs: " + without + " without restaking, " + with
                + " with half the rewards restaked");
    }

    /** Share of all bonded stake held at the end by the tenth of operators with the most GPUs. */
    private static double largestStakeShare(ModelConfig model, ProtocolConfig scheme, GpuProfiles profiles) {
        NetworkModel networkModel = new NetworkModel(model, 3, profiles);
        Protocol protocol = new Protocol(scheme, networkModel.network(), networkModel.stream("market"));
        networkModel.addEpochObserver(protocol);
        networkModel.run();
        Network network = networkModel.network();
        double[] gpus = new double[network.operatorCount()];
        double[] stake = new double[network.operatorCount()];
        for (int n = 0; n < network.nodeCount(); n++) {
            gpus[network.operator[n]] += network.gpus[n];
            stake[network.operator[n]] += protocol.stakes().bonded(n);
        }
        List<Integer> largest = IntStream.range(0, gpus.length).boxed()
                .sorted(Comparator.comparingDouble((Integer o) -> -gpus[o]).thenComparing(o -> o))
                .limit(gpus.length / 10).toList();
        return largest.stream().mapToDouble(o -> stake[o]).sum() / Arrays.stream(stake).sum();
    }

    @Test
    void withNothingChangingStakeTheProtocolLeavesStakeWeightedMatchingAlone() {
        GpuProfiles profiles = GpuProfiles.builtIn();
        ModelConfig model = TestNetworks.stressed(Matching.STAKE_WEIGHTED, 0);
        RunResult alone = new NetworkModel(model, 5, profiles).run();
        RunResult unslashed = economy(model, scheme(new ProRataWork(), 0, Optional.empty(), 0), profiles);
        RunResult slashed = economy(model, scheme(new ProRataWork(), 0.2, Optional.empty(), 0), profiles);
        assertEquals(alone.epochs(), unslashed.epochs(), "no stake moved: the same run, epoch by epoch");
        assertEquals(alone.completed(), unslashed.completed());
        assertNotEquals(alone.epochs(), slashed.epochs(), "slashed stake moves matching");
    }

    private static RunResult economy(ModelConfig model, ProtocolConfig scheme, GpuProfiles profiles) {
        NetworkModel networkModel = new NetworkModel(model, 5, profiles);
        networkModel.addEpochObserver(new Protocol(scheme, networkModel.network(), networkModel.stream("market")));
        return networkModel.run();
    }
}
