package org.depinlab.simulator.cli;

import java.util.concurrent.Callable;

import org.depinlab.simulator.bench.ProfileBench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code depinlab bench cpu}: the calibration pipeline on this machine's CPU. */
@Command(name = "cpu",
        mixinStandardHelpOptions = true,
        description = "Measures this machine's CPU with the same pipeline as the GPU (memory copy and triad, task"
                + " launch latency, blocked FP32 matrix multiply, hashing), writes a measured profile and checks the"
                + " roofline model on held-out sizes.")
final class BenchCpuCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private BenchOptions options;

    @Override
    public Integer call() {
        return new ProfileBench(spec.commandLine().getOut()).cpu(options.quick(), options.outOr("cpu-profile.json"));
    }
}
