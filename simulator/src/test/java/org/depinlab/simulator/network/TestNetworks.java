package org.depinlab.simulator.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.gpubench.catalog.GpuCatalog;
import org.depinlab.gpubench.profile.DeviceInfo;
import org.depinlab.gpubench.profile.Figure;
import org.depinlab.gpubench.profile.GpuProfile;
import org.depinlab.gpubench.profile.Label;
import org.depinlab.gpubench.profile.ServiceFigures;
import org.depinlab.gpubench.profile.ServiceTimeModel.Precision;
import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.workload.Distribution;
import org.depinlab.simulator.workload.JobClass;

/** Small networks and workloads for tests. */
public final class TestNetworks {

    /** FP32 peak of the test H100 profile: 1e12 FLOP/s, so 1e12 FLOP take exactly 1 s. */
    public static final double PEAK = 1e12;

    /** Hardware prices for catalogue models that have none (test values). */
    public static final Map<String, Double> UNPRICED = Map.of("T4", 2_000.0, "P100", 1_000.0, "V100-16GB", 3_000.0,
            "V100-32GB", 4_000.0, "A10", 3_000.0, "A100-80GB", 15_000.0, "A100-40GB", 10_000.0, "H100-PCIe", 25_000.0);

    private TestNetworks() {
    }

    /**
     * Profiles where H100-SXM has no launch latency, no transfer cost and a 1 TFLOP/s peak, so a
     * job's service time is exactly its FLOP / 1e12 seconds; other models get profiles derived
     * from it by spec ratios.
     */
    public static GpuProfiles exactProfiles() {
        Figure launch = new Figure(0, "s", Label.MEASURED, "test");
        Figure fast = new Figure(1e18, "B/s", Label.MEASURED, "test");
        ServiceFigures figures = new ServiceFigures(launch, fast, fast, fast,
                new Figure(PEAK, "FLOP/s", Label.MEASURED, "test"), null, null);
        GpuProfile h100 = new GpuProfile(GpuProfile.SCHEMA, "H100-SXM", Label.MEASURED,
                new DeviceInfo("test", "gpu", "9.0", "13.0", "test", "test", 132, 80L << 30), "2026-11-25", "test",
                figures, List.of(), List.of());
        return new GpuProfiles(GpuCatalog.builtIn(), List.of(h100));
    }

    /** {@code count} one-GPU nodes of {@code model}, one operator, asks 1 USD/GPU-hour. */
    public static List<NodeSpec> identicalNodes(String model, int count) {
        List<NodeSpec> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            nodes.add(new NodeSpec("op", model, 1, "eu", 0.2, 1.0, 1, 1));
        }
        return nodes;
    }

    /** A network given node by node, no failures. */
    public static NetworkConfig explicit(List<NodeSpec> nodes) {
        return new NetworkConfig(0, 0, List.of(), nodes, null, null, true, 3, UNPRICED);
    }

    /** A network laid out from {@code nodes} under {@link #exactProfiles()}. */
    public static Network build(List<NodeSpec> nodes) {
        return new PopulationBuilder(exactProfiles()).build(explicit(nodes), new RandomStreams(1).stream("population"));
    }

    /** FP32 jobs on one GPU whose work has mean {@code meanSeconds} seconds on the test H100. */
    public static JobClass exponentialJobs(String name, double meanSeconds) {
        return new JobClass(name, 1, new Distribution.Exponential(meanSeconds * PEAK), new Distribution.Deterministic(0),
                new Distribution.Deterministic(0), Precision.FP32, 1, 1, 1, List.of(), 100, null);
    }
}
