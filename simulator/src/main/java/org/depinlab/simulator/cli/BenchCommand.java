package org.depinlab.simulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code depinlab bench}: measurements that calibrate the simulator. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Microbenchmarks that calibrate the simulator's service times.",
        subcommands = {BenchGpuCommand.class, BenchCpuCommand.class, BenchScaleCommand.class,
            BenchSweepCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
