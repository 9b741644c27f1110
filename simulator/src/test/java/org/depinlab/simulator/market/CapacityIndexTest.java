package org.depinlab.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeSpec;
import org.junit.jupiter.api.Test;

class CapacityIndexTest {

    @Test
    void firstFitAndPrefixWeightsMatchABruteForceScanUnderRandomUpdates() {
        SplittableRandom random = new SplittableRandom(5);
        List<NodeSpec> specs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            specs.add(new NodeSpec("op" + (i % 7), i % 3 == 0 ? "T4" : "H100-SXM", 1 + random.nextInt(8), "eu", 0.1,
                    Math.floor(random.nextDouble() * 20) / 4, 1 + random.nextInt(10), 1));
        }
        Network network = TestNetworks.build(specs);
        CapacityIndex index = new CapacityIndex(network, network.stakeTokens);
        for (int step = 0; step < 3_000; step++) {
            int n = random.nextInt(network.nodeCount());
            network.freeMilli[n] = random.nextInt(network.gpus[n] * 1000 + 1);
            network.setFailed(n, random.nextInt(10) == 0);
            index.update(n);
            int m = random.nextInt(network.models.size());
            int need = 1 + random.nextInt(8000);
            int limit = random.nextInt(index.size(m) + 1);
            int from = random.nextInt(index.size(m) + 1);
            assertEquals(bruteFirstFit(network, index, m, need, from, limit), index.firstFit(m, need, from, limit),
                    "first fit, step " + step);
            assertEquals(bruteWeight(network, index, m, limit), index.weightWithin(m, limit), 1e-9, "weight, step " + step);
        }
    }

    @Test
    void withinPriceCountsTheAsksAtOrBelowThePrice() {
        Network network = TestNetworks.build(List.of(
                new NodeSpec("a", "T4", 1, "eu", 0.1, 3, 1, 1), new NodeSpec("a", "T4", 1, "eu", 0.1, 1, 1, 1),
                new NodeSpec("a", "T4", 1, "eu", 0.1, 2, 1, 1), new NodeSpec("a", "T4", 1, "eu", 0.1, 2, 1, 1)));
        CapacityIndex index = new CapacityIndex(network, null);
        assertEquals(0, index.withinPrice(0, 0.5));
        assertEquals(1, index.withinPrice(0, 1));
        assertEquals(3, index.withinPrice(0, 2.5));
        assertEquals(4, index.withinPrice(0, 100));
        assertEquals(1, index.node(0, 0), "positions run in ascending ask");
    }

    @Test
    void rebuildLaysTheNodesOutByTheirNewAsksAndModels() {
        Network network = TestNetworks.build(List.of(
                new NodeSpec("a", "T4", 1, "eu", 0.1, 1, 1, 1), new NodeSpec("a", "T4", 1, "eu", 0.1, 2, 1, 1),
                new NodeSpec("a", "H100-SXM", 1, "eu", 0.1, 3, 1, 1)));
        CapacityIndex index = new CapacityIndex(network, network.stakeTokens);
        network.askUsdPerGpuHour[0] = 5;
        network.model[2] = network.model[0];
        index.rebuild();
        int t4 = network.model[0];
        assertEquals(3, index.size(t4));
        assertEquals(List.of(1, 2, 0), List.of(index.node(t4, 0), index.node(t4, 1), index.node(t4, 2)));
        assertEquals(2, index.withinPrice(t4, 4));
        assertEquals(0, index.size(1 - t4), "the other model lost its only node");
        assertEquals(3, index.weightWithin(t4, 3), 1e-12, "every node's weight re-read");
    }

    private static int bruteFirstFit(Network network, CapacityIndex index, int m, int need, int from, int limit) {
        for (int p = from; p < Math.min(limit, index.size(m)); p++) {
            int n = index.node(m, p);
            if (network.online(n) && network.freeMilli[n] >= need) {
                return p;
            }
        }
        return -1;
    }

    private static double bruteWeight(Network network, CapacityIndex index, int m, int limit) {
        double total = 0;
        for (int p = 0; p < Math.min(limit, index.size(m)); p++) {
            int n = index.node(m, p);
            if (network.online(n) && network.freeMilli[n] > 0) {
                total += network.stakeTokens[n];
            }
        }
        return total;
    }
}
