package org.depinlab.simulator.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.gpubench.profile.ServiceTimeModel.Precision;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.Distribution;
import org.depinlab.simulator.workload.JobClass;
import org.depinlab.simulator.workload.WorkloadConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A stressed network (failures, operator outages, retries, reneging, fractional and 8-GPU jobs, a
 * bounded queue) under every matching policy: the model's own checks throw on any broken invariant
 * during the run; these tests check the rest from outside.
 */
class NetworkModelInvariantsTest {

    static final List<OperatorClass> CLASSES = List.of(
            new OperatorClass("datacenter", 1, new Distribution.Pareto(4, 1.2), 8, Map.of("H100-SXM", 2.0, "A100-80GB", 1.0),
                    Map.of("us-east", 1.0, "eu-west", 1.0), new Distribution.Uniform(0.05, 0.08),
                    new Distribution.Uniform(1.8, 2.6), new Distribution.LogNormal(5000, 1), new Distribution.Uniform(0.8, 1),
                    0.85, 0.15),
            new OperatorClass("prosumer", 3, new Distribution.Pareto(1, 2), 2, Map.of("RTX-4090", 3.0, "RTX-3090", 1.0),
                    Map.of("eu-west", 1.0, "asia", 1.0), new Distribution.Uniform(0.15, 0.3),
                    new Distribution.Uniform(0.3, 0.6), new Distribution.LogNormal(500, 1), new Distribution.Uniform(0.5, 1),
                    1.0, 0.1),
            new OperatorClass("hobbyist", 6, new Distribution.Deterministic(1), 1, Map.of("RTX-4090", 1.0, "T4", 1.0),
                    Map.of("asia", 1.0, "us-east", 1.0), new Distribution.Uniform(0.2, 0.4),
                    new Distribution.Uniform(0.2, 0.5), new Distribution.Uniform(10, 200), new Distribution.Uniform(0.2, 1),
                    1.0, 0.1));

    static final List<JobClass> JOBS = List.of(
            new JobClass("inference", 6, new Distribution.LogNormal(2e15, 2), new Distribution.Exponential(2e8),
                    new Distribution.Exponential(1e11), Precision.FP16, 0.4, 0.5, 8, List.of(), 3,
                    new Distribution.Exponential(600)),
            new JobClass("training", 1, new Distribution.LogNormal(2e19, 1), new Distribution.Exponential(5e9),
                    new Distribution.Exponential(1e13), Precision.FP16, 0.5, 8, 60, List.of("H100-SXM", "A100-80GB"), 5,
                    null),
            new JobClass("rendering", 3, new Distribution.Exponential(2e17), new Distribution.Deterministic(1e9),
                    new Distribution.Exponential(1e12), Precision.FP32, 0.6, 1, 16, List.of(), 1.0,
                    new Distribution.Exponential(3_600)));

    static ModelConfig stressed(Matching matching) {
        NetworkConfig network = new NetworkConfig(60, 0, CLASSES, List.of(),
                new FailureModel(new Distribution.Weibull(0.8, 20_000), new Distribution.Exponential(1_800)),
                new FailureModel(new Distribution.Exponential(86_400), new Distribution.Exponential(7_200)), true, 2,
                TestNetworks.UNPRICED);
        WorkloadConfig workload = new WorkloadConfig(new ArrivalProcess.Diurnal(1.0, 0.6, 15), JOBS, null, 2_000);
        return new ModelConfig(network, workload, matching, 3 * 86_400, 3_600);
    }

    @ParameterizedTest
    @EnumSource(Matching.class)
    void everyJobIsAccountedForServedOnceOnAnOnlineNodeWithinCapacity(Matching matching) {
        GpuProfiles profiles = GpuProfiles.builtIn();
        NetworkModel model = new NetworkModel(stressed(matching), 77, profiles);
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
        assertEquals(new NetworkModel(stressed(matching), 5, profiles).run(),
                new NetworkModel(stressed(matching), 5, profiles).run());
    }
}
