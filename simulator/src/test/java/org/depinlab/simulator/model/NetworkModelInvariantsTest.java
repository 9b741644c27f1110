package org.depinlab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.network.Network;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A stressed network (failures, operator outages, retries, reneging, fractional and 8-GPU jobs, a
 * bounded queue) under every matching policy: the model's own checks throw on any broken invariant
 * during the run; these tests check the rest from outside.
 */
class NetworkModelInvariantsTest {

    @ParameterizedTest
    @EnumSource(Matching.class)
    void everyJobIsAccountedForServedOnceOnAnOnlineNodeWithinCapacity(Matching matching) {
        GpuProfiles profiles = GpuProfiles.builtIn();
        NetworkModel model = new NetworkModel(TestNetworks.stressed(matching, 0.2), 77, profiles);
        Network network = model.network();
        BitSet served = new BitSet();
        model.setCompletionListener((job, node, now) -> {
            assertFalse(served.get((int) job.id), "job " + job.id + " served twice");
            served.set((int) job.id);
            assertTrue(network.online(node), "job " + job.id + " completed on offline node " + node);
        });
        RunResult result = model.run();

        assertEquals(result.arrived(), result.completed() + result.dropped() + result.reneged() + result.lost()
                + result.queuedAtEnd() + result.runningAtEnd(), "arrived = completed + dropped + reneged + lost + in system");
        assertEquals(result.completed(), served.cardinality());
        assertTrue(result.interrupted() > 0 && result.reneged() > 0 && result.completed() > 1_000,
                "the stress must exercise failures, reneging and service: " + result.interrupted() + " interrupted, "
                        + result.reneged() + " reneged, " + result.completed() + " completed");
        long epochArrivals = 0;
        long epochCompletions = 0;
        for (EpochStats epoch : result.epochs()) {
            epochArrivals += epoch.arrived();
            epochCompletions += epoch.completed();
            for (double u : epoch.utilization()) {
                assertTrue(u >= 0 && u <= 1 + 1e-9, "utilization " + u + " in epoch " + epoch.epoch());
            }
        }
        assertEquals(result.arrived(), epochArrivals);
        assertEquals(result.completed(), epochCompletions);
        assertEquals(72, result.epochs().size());
        for (int n = 0; n < network.nodeCount(); n++) {
            assertTrue(network.freeMilli[n] >= 0 && network.freeMilli[n] <= network.gpus[n] * 1000, "node " + n);
            assertTrue(network.freeVram[n] >= 0 && network.freeVram[n] <= network.vramBytes[n], "node " + n);
        }
        for (int r = 0; r < result.regions().size(); r++) {
            assertTrue(result.energyJoules().get(r) >= result.idleFloorJoules().get(r) - 1e-6,
                    "energy in " + result.regions().get(r) + " below its idle floor");
            assertTrue(result.idleFloorJoules().get(r) > 0);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Matching.class, names = {"FIRST_FIT", "STAKE_WEIGHTED"})
    void sameSeedGivesTheSameResult(Matching matching) {
        GpuProfiles profiles = GpuProfiles.builtIn();
        assertEquals(new NetworkModel(TestNetworks.stressed(matching, 0.2), 5, profiles).run(),
                new NetworkModel(TestNetworks.stressed(matching, 0.2), 5, profiles).run());
    }
}
