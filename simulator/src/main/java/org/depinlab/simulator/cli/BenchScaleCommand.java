package org.depinlab.simulator.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.gpubench.profile.ServiceTimeModel.Precision;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.network.FailureModel;
import org.depinlab.simulator.network.ModelConfig;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.network.NetworkModel;
import org.depinlab.simulator.network.OperatorClass;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.network.RunResult;
import org.depinlab.simulator.scenario.Limits;
import org.depinlab.simulator.scenario.ResourceEstimate;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.Distribution;
import org.depinlab.simulator.workload.JobClass;
import org.depinlab.simulator.workload.WorkloadConfig;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code depinlab bench scale}: the whole network model at scale, timed. Figures, not a test: wall
 * time, events and jobs per wall second, peak heap.
 */
@Command(name = "scale",
        mixinStandardHelpOptions = true,
        description = {"Runs the network model at scale (default: 100 000 nodes, 2 000 operators, 7 simulated days,"
                + " about 12 million jobs) and prints wall time, events/s, simulated jobs/s and peak heap.",
            "Set the heap with DEPINLAB_JAVA_OPTS, e.g. DEPINLAB_JAVA_OPTS=-Xmx2g ./depinlab bench scale"})
final class BenchScaleCommand implements Callable<Integer> {

    /** The scenario field's own bound (network.total_nodes). */
    private static final int MAX_NODES = 100_000_000;
    /** The scenario field's own bound (duration_days). */
    private static final double MAX_DAYS = 3_650;

    @Spec
    private CommandSpec spec;

    @Option(names = "--nodes", paramLabel = "N", description = "GPU nodes (default: ${DEFAULT-VALUE}).")
    private int nodes = 100_000;

    @Option(names = "--operators", paramLabel = "N", description = "Operators (default: ${DEFAULT-VALUE}).")
    private int operators = 2_000;

    @Option(names = "--days", paramLabel = "D", description = "Simulated days (default: ${DEFAULT-VALUE}).")
    private double days = 7;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed = 1;

    @Override
    public Integer call() {
        if (nodes < 1 || nodes > MAX_NODES) {
            throw new UserInputException(String.format(Locale.ROOT, "--nodes: %,d is out of range (allowed: 1 to %,d)",
                    nodes, MAX_NODES));
        }
        if (operators < 1 || operators > nodes) {
            throw new UserInputException(String.format(Locale.ROOT, "--operators: %,d is out of range (allowed: 1 to"
                    + " --nodes, %,d)", operators, nodes));
        }
        if (!(days > 0 && days <= MAX_DAYS)) {
            throw new UserInputException("--days: " + days + " is out of range (allowed: above 0 to " + MAX_DAYS + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        ModelConfig config = config(nodes, operators, days);
        ResourceEstimate.of(config, false).check(Limits.ofThisJvm(false)).ifPresent(problem -> {
            throw new UserInputException(option(problem.field()) + ": " + problem.message());
        });
        out.printf(Locale.ROOT, "Scale benchmark: %,d nodes, %,d operators, %.4g simulated days, %.4g jobs/s offered,"
                + " matching %s, max heap %,d MiB%n", nodes, operators, days,
                offeredRate(nodes), config.matching(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        long start = System.nanoTime();
        NetworkModel model = new NetworkModel(config, seed, GpuProfiles.builtIn());
        double built = (System.nanoTime() - start) / 1e9;
        RunResult result = model.run();
        double wall = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "  network built        %10.2f s wall%n", built);
        out.printf(Locale.ROOT, "  wall time            %10.2f s%n", wall);
        out.printf(Locale.ROOT, "  jobs arrived         %,14d  (completed %,d, dropped %,d, reneged %,d, lost %,d)%n",
                result.arrived(), result.completed(), result.dropped(), result.reneged(), result.lost());
        out.printf(Locale.ROOT, "  events fired         %,14d%n", result.eventsFired());
        out.printf(Locale.ROOT, "  jobs per wall second %,14.0f%n", result.arrived() / wall);
        out.printf(Locale.ROOT, "  events per wall s    %,14.0f%n", result.eventsFired() / wall);
        out.printf(Locale.ROOT, "  peak heap            %,14d MiB%n", peakHeapBytes() >> 20);
        double utilization = result.gpuSecondsDelivered() / (result.gpus() * result.durationSeconds());
        out.printf(Locale.ROOT, "  GPU utilization      %14.1f %% (completed GPU-seconds / GPU-seconds)%n",
                utilization * 100);
        return 0;
    }

    /** The option that sets what a scenario field would. */
    private static String option(String field) {
        return switch (field) {
            case "network.total_nodes" -> "--nodes";
            case "network.operators" -> "--operators";
            default -> "--days";
        };
    }

    /** The benchmark's network and workload at the given size. */
    static ModelConfig config(int nodes, int operators, double days) {
        List<OperatorClass> classes = List.of(
                new OperatorClass("datacenter", 1, new Distribution.Pareto(20, 1.1), 8,
                        Map.of("H100-SXM", 3.0, "A100-80GB", 2.0, "H200", 1.0),
                        Map.of("us-east", 2.0, "eu-west", 1.0, "asia-east", 1.0), new Distribution.Uniform(0.05, 0.09),
                        new Distribution.Uniform(1.6, 2.8), new Distribution.LogNormal(50_000, 1),
                        new Distribution.Uniform(0.85, 1), 0.85, 0.15),
                new OperatorClass("prosumer", 4, new Distribution.Pareto(3, 1.5), 2,
                        Map.of("RTX-4090", 3.0, "RTX-3090", 1.0, "RTX-5090", 1.0),
                        Map.of("us-east", 1.0, "eu-west", 2.0, "asia-east", 1.0), new Distribution.Uniform(0.12, 0.3),
                        new Distribution.Uniform(0.3, 0.7), new Distribution.LogNormal(5_000, 1),
                        new Distribution.Uniform(0.5, 1), 1.0, 0.1),
                new OperatorClass("hobbyist", 15, new Distribution.Pareto(1, 2.5), 1,
                        Map.of("RTX-4090", 2.0, "RTX-3090", 2.0, "RTX-5090", 1.0),
                        Map.of("us-east", 1.0, "eu-west", 1.0, "asia-east", 1.0, "latam", 1.0),
                        new Distribution.Uniform(0.15, 0.4), new Distribution.Uniform(0.2, 0.5),
                        new Distribution.Uniform(100, 2_000), new Distribution.Uniform(0.2, 1), 1.0, 0.1));
        NetworkConfig network = new NetworkConfig(new Population.Drawn(operators, nodes, classes),
                new FailureModel(new Distribution.Weibull(0.9, 14 * 86_400), new Distribution.Exponential(4 * 3_600)),
                new FailureModel(new Distribution.Exponential(30 * 86_400), new Distribution.Exponential(8 * 3_600)),
                true, 3, Map.of("A100-80GB", 15_000.0), 0);
        List<JobClass> jobs = List.of(
                new JobClass("inference", 70, new Distribution.LogNormal(4e17, 3), new Distribution.Exponential(1e9),
                        new Distribution.Exponential(5e13), Precision.FP16, 0.35, 0.5, 10, List.of(), 3,
                        new Distribution.Exponential(1_800)),
                new JobClass("rendering", 25, new Distribution.LogNormal(3e17, 2), new Distribution.Exponential(2e9),
                        new Distribution.Exponential(1e14), Precision.FP32, 0.6, 1, 16, List.of(), 1.2,
                        new Distribution.Exponential(4 * 3_600)),
                new JobClass("training", 5, new Distribution.LogNormal(2e20, 2), new Distribution.Exponential(5e10),
                        new Distribution.Exponential(1e16), Precision.FP16, 0.45, 8, 60,
                        List.of("H100-SXM", "A100-80GB", "H200"), 4, null));
        WorkloadConfig workload = new WorkloadConfig.Synthetic(new ArrivalProcess.Diurnal(offeredRate(nodes), 0.4, 15),
                jobs, 1_000_000);
        return new ModelConfig(network, workload, Matching.FIRST_FIT, days * 86_400, 3_600);
    }

    /** Jobs per second offered, scaling with the network: 20 per 100 000 nodes. */
    private static double offeredRate(int nodes) {
        return 20.0 * nodes / 100_000;
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
