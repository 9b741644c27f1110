package org.depinlab.simulator.cli;

import java.util.concurrent.Callable;

import org.depinlab.gpubench.bench.BenchPlan;
import org.depinlab.gpubench.catalog.GpuCatalog;
import org.depinlab.gpubench.catalog.GpuSpec;
import org.depinlab.gpubench.catalog.UnknownGpuException;
import org.depinlab.gpubench.cpu.CpuMicrobenchmarks;
import org.depinlab.gpubench.cuda.CudaAvailability;
import org.depinlab.gpubench.cuda.CudaMicrobenchmarks;

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
        if (ordinal < 0) {
            throw new UserInputException("--device: " + ordinal + " is out of range (allowed: a CUDA device ordinal,"
                    + " 0 or more)");
        }
        GpuSpec gpuSpec = null;
        if (model != null) {
            try {
                gpuSpec = GpuCatalog.builtIn().require(model);
            } catch (UnknownGpuException e) {
                throw new UserInputException("--model: " + e.getMessage());
            }
        }
        BenchReport report = new BenchReport(spec.commandLine().getOut());
        CudaAvailability availability = CudaAvailability.probe();
        if (!availability.available()) {
            report.line("No GPU: " + availability.reason() + ". Falling back to the CPU path.");
            try (CpuMicrobenchmarks cpu = new CpuMicrobenchmarks()) {
                return report.run(cpu, BenchPlan.cpu(options.quick()), null, options.outOr("cpu-profile.json"));
            }
        }
        if (ordinal < 0 || ordinal >= availability.devices()) {
            throw new UserInputException("--device: no CUDA device " + ordinal + " (allowed: 0 to "
                    + (availability.devices() - 1) + ")");
        }
        try (CudaMicrobenchmarks gpu = new CudaMicrobenchmarks(ordinal)) {
            return report.run(gpu, BenchPlan.gpu(options.quick()), gpuSpec, options.outOr("gpu-profile.json"));
        }
    }
}
