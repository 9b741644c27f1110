package org.depinlab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.network.OperatorClass;
import org.depinlab.simulator.network.Population;
import org.junit.jupiter.api.Test;

/** Facility energy and emissions per GPU model and region: by hand, and against the regions' own integrals. */
class EnergyGroupsTest {

    private static final double KWH = 3.6e6;

    /** {@code gpus} of {@code node} became busy at {@code now} (negative: free), as the model's metrics report it. */
    private static void busy(EnergyGroups groups, Network network, double now, int node, double gpus) {
        groups.busyChange(now, node, network.model[node], network.region[node], network.busyWattsPerGpu[node] * gpus,
                network.idleWattsPerGpu[node] * gpus);
    }

    /** {@code node} came online ({@code sign} 1) or went offline (−1) at {@code now}. */
    private static void online(EnergyGroups groups, Network network, double now, int node, int sign) {
        groups.onlineChange(now, node, network.model[node], network.region[node],
                sign * network.idleWattsPerGpu[node] * network.gpus[node]);
    }

    @Test
    void twoNodesBusyIdleAndWastedEnergyAndEmissionsMatchAHandComputation() {
        Network network = TestNetworks.build(List.of(new NodeSpec("a", "H100-SXM", 1, "us-east", 0.1, 1, 1, 1),
                new NodeSpec("b", "H100-SXM", 2, "eu-north", 0.1, 1, 1, 1)));
        network.busyWattsPerGpu[0] = 700;
        network.idleWattsPerGpu[0] = 70;
        network.busyWattsPerGpu[1] = 300;
        network.idleWattsPerGpu[1] = 30;
        network.pue[network.operator[0]] = 1.5;
        EnergyGroups groups = new EnergyGroups(network, Map.of("eu-north", 50.0), true);
        online(groups, network, 0, 0, 1);
        online(groups, network, 0, 1, 1);
        busy(groups, network, 0, 1, 0.5);
        busy(groups, network, 100, 0, 1);
        busy(groups, network, 200, 1, -0.5);
        groups.wasted(1, 0.5 * 200);
        busy(groups, network, 400, 0, -1);
        groups.completed(0, 3e15);
        online(groups, network, 500, 1, -1);
        groups.advanceAll(1000);

        Map<String, EnergyGroup> byRegion = new java.util.TreeMap<>();
        groups.groups().forEach(g -> byRegion.put(g.region(), g));
        EnergyGroup a = byRegion.get("us-east");
        // 300 s busy at 700 W, 700 s idle at 70 W, both x PUE 1.5; the United States' 369 g/kWh of the table
        assertEquals(700 * 1.5 * 300, a.busyJoules(), 1e-6);
        assertEquals(70 * 1.5 * 700, a.idleJoules(), 1e-6);
        assertEquals(0, a.wastedJoules());
        assertEquals((315_000 + 73_500) / KWH * 369 / 1000, a.co2eKg(), 1e-12);
        assertEquals(3e15, a.flop());
        assertEquals(1, a.completedJobs());
        EnergyGroup b = byRegion.get("eu-north");
        // half a GPU busy 200 s at 300 W, thrown away; two GPUs online 500 s at 30 W less the busy half GPU's idle
        assertEquals(0, b.busyJoules(), 1e-9);
        assertEquals(300 * 0.5 * 200, b.wastedJoules(), 1e-9);
        assertEquals(30 * 2 * 500 - 30 * 0.5 * 200, b.idleJoules(), 1e-9);
        assertEquals(57_000 / KWH * 50 / 1000, b.co2eKg(), 1e-12);
        assertEquals(50, b.carbonGPerKwh());
    }

    @Test
    void groupsSumToEachRegionsEnergyAndScaleWithPue() {
        RunResult plain = new NetworkModel(TestNetworks.stressed(Matching.FIRST_FIT, 0), 3,
                TestNetworks.exactProfiles()).run();
        assertTrue(plain.interrupted() > 0, "the stressed network must interrupt runs");
        assertTrue(plain.energy().stream().mapToDouble(EnergyGroup::wastedJoules).sum() > 0);
        checkRegions(plain, 1);

        ModelConfig stressed = TestNetworks.stressed(Matching.FIRST_FIT, 0);
        List<OperatorClass> classes = ((Population.Drawn) stressed.network().population()).classes().stream()
                .map(c -> new OperatorClass(c.name(), c.weight(), c.nodesPerOperator(), c.gpusPerNode(), c.gpuModels(),
                        c.regions(), c.electricityUsdPerKwh(), c.askUsdPerGpuHour(), c.stakeTokens(), c.reputation(),
                        c.hardwareCostFactor(), c.idlePowerFraction(), c.entrantsPerMonth(), 1.25))
                .toList();
        NetworkConfig n = stressed.network();
        ModelConfig withPue = new ModelConfig(new NetworkConfig(new Population.Drawn(60, 0, classes), n.nodeFailures(),
                n.operatorOutages(), n.retryInterrupted(), n.maxAttempts(), n.hardwareCostUsdPerGpu(),
                n.expansionHeadroom()), stressed.workload(), stressed.matching(), stressed.durationSeconds(),
                stressed.epochSeconds());
        checkRegions(new NetworkModel(withPue, 3, TestNetworks.exactProfiles()).run(), 1.25);
    }

    private static void checkRegions(RunResult run, double pue) {
        for (int r = 0; r < run.regions().size(); r++) {
            String region = run.regions().get(r);
            double groups = run.energy().stream().filter(g -> g.region().equals(region))
                    .mapToDouble(EnergyGroup::joules).sum();
            double it = run.energyJoules().get(r);
            assertTrue(it > 0, region);
            assertEquals(it * pue, groups, it * pue * 1e-9, region);
        }
    }
}
