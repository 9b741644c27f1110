package org.depinlab.simulator.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.depinlab.gpubench.catalog.GpuCatalog;
import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.gpubench.profile.DeviceInfo;
import org.depinlab.gpubench.profile.Figure;
import org.depinlab.gpubench.profile.GpuProfile;
import org.depinlab.gpubench.profile.Label;
import org.depinlab.gpubench.profile.ServiceFigures;
import org.depinlab.gpubench.profile.ServiceTimeModel.Precision;
import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.network.EntryConfig;
import org.depinlab.simulator.network.FailureModel;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.network.OperatorClass;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.network.PopulationBuilder;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.Distribution;
import org.depinlab.simulator.workload.JobClass;
import org.depinlab.simulator.workload.WorkloadConfig;

/** Small networks and workloads for tests. */
public final class TestNetworks {

    /** FP32 peak of the test H100 profile: 1e12 FLOP/s, so 1e12 FLOP take exactly 1 s. */
    public static final double PEAK = 1e12;

    /** Hardware prices for catalogue models that have none (test values). */
    public static final Map<String, Double> UNPRICED = Map.of("T4", 2_000.0, "P100", 1_000.0, "V100-16GB", 3_000.0,
            "V100-32GB", 4_000.0, "A10", 3_000.0, "A100-80GB", 15_000.0, "A100-40GB", 10_000.0, "H100-PCIe", 25_000.0);

    /** Three operator classes with heavy-tailed sizes, mixed GPUs, regions, stakes and asks. */
    public static final List<OperatorClass> CLASSES = List.of(
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

    /** Inference (fractional, patient), 8-GPU training on data-centre GPUs, rendering. */
    public static final List<JobClass> JOBS = List.of(
            new JobClass("inference", 6, new Distribution.LogNormal(2e15, 2), new Distribution.Exponential(2e8),
                    new Distribution.Exponential(1e11), Precision.FP16, 0.4, 0.5, 8, List.of(), 3,
                    new Distribution.Exponential(600)),
            new JobClass("training", 1, new Distribution.LogNormal(2e19, 1), new Distribution.Exponential(5e9),
                    new Distribution.Exponential(1e13), Precision.FP16, 0.5, 8, 60, List.of("H100-SXM", "A100-80GB"), 5,
                    null),
            new JobClass("rendering", 3, new Distribution.Exponential(2e17), new Distribution.Deterministic(1e9),
                    new Distribution.Exponential(1e12), Precision.FP32, 0.6, 1, 16, List.of(), 1.0,
                    new Distribution.Exponential(3_600)));

    /**
     * 60 operators of {@link #CLASSES} with node failures, operator outages, retries and a bounded
     * queue, a diurnal load of {@link #JOBS}, 3 days in hourly epochs.
     */
    public static ModelConfig stressed(Matching matching, double expansionHeadroom) {
        NetworkConfig network = new NetworkConfig(new Population.Drawn(60, 0, CLASSES),
                new FailureModel(new Distribution.Weibull(0.8, 20_000), new Distribution.Exponential(1_800)),
                new FailureModel(new Distribution.Exponential(86_400), new Distribution.Exponential(7_200)), true, 2,
                UNPRICED, expansionHeadroom);
        WorkloadConfig workload = new WorkloadConfig.Synthetic(new ArrivalProcess.Diurnal(1.0, 0.6, 15), JOBS, 2_000);
        return new ModelConfig(network, workload, matching, 3 * 86_400, 3_600);
    }

    /** {@code model} with entry: the pool {@code entry} and {@code perMonth} potential entrants a month in every class. */
    public static ModelConfig withEntry(ModelConfig model, EntryConfig entry, double perMonth) {
        NetworkConfig n = model.network();
        Population.Drawn drawn = (Population.Drawn) n.population();
        NetworkConfig network = new NetworkConfig(new Population.Drawn(drawn.operators(), drawn.totalNodes(),
                drawn.classes().stream().map(c -> c.withEntrantsPerMonth(perMonth)).toList()), n.nodeFailures(),
                n.operatorOutages(), n.retryInterrupted(), n.maxAttempts(), n.hardwareCostUsdPerGpu(),
                n.expansionHeadroom(), entry);
        return new ModelConfig(network, model.workload(), model.matching(), model.durationSeconds(),
                model.epochSeconds());
    }

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
        return new NetworkConfig(new Population.Listed(nodes), null, null, true, 3, UNPRICED, 0);
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
