package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.tokenomics.reward.Contributions;
import org.depinlab.tokenomics.reward.ProRataCapacity;
import org.depinlab.tokenomics.staking.StakeBook;
import org.junit.jupiter.api.Test;

/** io.net-style device multipliers with a minimum stake per GPU, from the nodes to the identities' rewards. */
class DeviceWeightedRewardTest {

    private static final DeviceWeights WEIGHTS = new DeviceWeights(Map.of("H100-SXM", 4.0, "T4", 1.0), 500);

    private static NodeSpec node(String operator, String model, int gpus, double stake) {
        return new NodeSpec(operator, model, gpus, "eu", 0.1, 1, stake, 1);
    }

    /** One hour in which every node was online all along. */
    private static NodeEpochs wholeHourOnline(Network network) {
        NodeEpochs nodes = new NodeEpochs(network);
        nodes.reset(0);
        nodes.close(3600);
        return nodes;
    }

    private static StakeBook bonded(Network network) {
        StakeBook stakes = new StakeBook(network.nodeCount(), 0);
        for (int n = 0; n < network.nodeCount(); n++) {
            stakes.bond(n, network.stakeTokens[n]);
        }
        return stakes;
    }

    private static double[] rewards(Identities identities, Network network, double pool) {
        Contributions c = identities.aggregate(wholeHourOnline(network), bonded(network),
                ProtocolConfig.WorkMeasure.GPU_SECONDS);
        double[] rewards = new double[identities.slots()];
        new ProRataCapacity().allocate(pool, c, rewards);
        return rewards;
    }

    @Test
    void rewardsScaleWithTheDevicesMultiplier() {
        // an H100 (multiplier 4) needs 500 x 4 staked per GPU, a T4 (1) 500
        Network network = TestNetworks.build(List.of(node("a", "H100-SXM", 1, 2_000), node("b", "T4", 1, 500)));

        double[] rewards = rewards(new Identities(network, 1, Optional.of(WEIGHTS)), network, 100);

        assertEquals(80, rewards[0], 1e-9);
        assertEquals(20, rewards[1], 1e-9);
    }

    @Test
    void capacityCountsGpusOnline() {
        Network network = TestNetworks.build(List.of(node("a", "T4", 8, 4_000), node("b", "T4", 2, 1_000)));

        double[] rewards = rewards(new Identities(network, 1, Optional.of(WEIGHTS)), network, 100);

        assertEquals(80, rewards[0], 1e-9);
        assertEquals(20, rewards[1], 1e-9);
    }

    @Test
    void nodeBelowTheMinimumStakeEarnsNothingWhileItsIdentitysStakedNodeIsPaid() {
        // operator a: a staked T4 and an H100 with 1 999 of the 2 000 it needs; operator b: one staked T4
        Network network = TestNetworks.build(List.of(node("a", "T4", 1, 500), node("a", "H100-SXM", 1, 1_999),
                node("b", "T4", 1, 500)));

        double[] rewards = rewards(new Identities(network, 1, Optional.of(WEIGHTS)), network, 100);

        assertEquals(50, rewards[0], 1e-9, "operator a is paid for its staked T4 only");
        assertEquals(50, rewards[1], 1e-9);
    }

    @Test
    void underSybilSplittingTheUnderstakedNodesIdentityGetsZero() {
        Network network = TestNetworks.build(List.of(node("a", "T4", 1, 500), node("a", "H100-SXM", 1, 1_999),
                node("b", "T4", 1, 500)));
        Identities identities = new Identities(network, 2, Optional.of(WEIGHTS));
        identities.setCount(0, 2);

        double[] rewards = rewards(identities, network, 100);

        // slots: a's identities 0 (the T4) and 1 (the H100), b's identity 2
        assertEquals(50, rewards[0], 1e-9);
        assertEquals(0, rewards[1]);
        assertEquals(50, rewards[2], 1e-9);
    }

    @Test
    void withoutDeviceWeightsNoCapacityIsMeasured() {
        Network network = TestNetworks.build(List.of(node("a", "T4", 1, 500)));

        Contributions c = new Identities(network, 1).aggregate(wholeHourOnline(network), bonded(network),
                ProtocolConfig.WorkMeasure.GPU_SECONDS);

        assertFalse(c.hasCapacity());
    }

    @Test
    void modelsTheTableDoesNotNameCountAtOne() {
        DeviceWeights weights = new DeviceWeights(Map.of("H100-SXM", 4.0), 100);

        assertEquals(1, weights.multiplier("T4"));
        assertEquals(100 * 2, weights.requiredStake("T4", 2), "max(1, multiplier) x base x GPUs");
        assertEquals(100 * 4 * 8, weights.requiredStake("H100-SXM", 8));
    }
}
