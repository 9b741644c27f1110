package org.depinlab.simulator.cli;

import java.util.concurrent.Callable;

import org.depinlab.gpubench.catalog.GpuCatalog;
import org.depinlab.gpubench.catalog.GpuSpec;
import org.depinlab.gpubench.catalog.UnknownGpuException;
import org.depinlab.simulator.bench.ProfileBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code depinlab bench gpu}: the JCuda microbenchmarks, or the CPU path when there is no GPU. */
@Command(name = "gpu",
        mixinStandardHelpOptions = true,
        description = {"Measures the GPU (device memory copy and triad, host<->device transfers, kernel launch latency,"
                + " FP32 and FP16 matrix multiply, hashing) through JCuda and writes a measured profile, then checks"
                + " the roofline model on sizes the profile was not built from.",
            "Without a usable GPU it says why and runs the CPU path instead."})
final class BenchGpuCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BenchOptions options;

    @Option(names = "--model", paramLabel = "ID",
            description = "Catalogue model the device is (e.g. H100-SXM); the profile then reports %% of spec.")
    private String model;

    @Option(names = "--device", paramLabel = "N", description = "CUDA device ordinal (default: ${DEFAULT-VALUE}).")
    private int ordinal = 0;

    @Override
    public Integer call() {
        GpuSpec gpuSpec = null;
        if (model != null) {
            try {
                gpuSpec = GpuCatalog.builtIn().require(model);
            } catch (UnknownGpuException e) {
                throw new UserInputException("--model: " + e.getMessage());
            }
        }
        return new ProfileBench(spec.commandLine().getOut()).gpu(gpuSpec, ordinal, options.quick(),
                options.outOr("gpu-profile.json"), options.outOr("cpu-profile.json"));
    }
}
