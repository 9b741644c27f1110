package org.depinlab.simulator.cli;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.simulator.sweep.SweepExecutor;
import org.depinlab.simulator.sweep.SweepRunner;

import picocli.CommandLine.Option;

/** Where and which of its runs a sweep or a study makes: the options the two commands share. */
final class ExecutionOptions {

    @Option(names = "--threads", paramLabel = "N", description = "Runs at once (default: the processor count).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--shard", paramLabel = "i/N", description = "Run only slice i of N (0-based): the points"
            + " whose index is i modulo N.")
    private String shard = "0/1";

    @Option(names = "--resume", description = "Continue the ${COMMAND-NAME} in the output folder: run only the runs it"
            + " does not hold yet.")
    private boolean resume;

    @Option(names = "--executor", paramLabel = "NAME", description = "Where the runs execute: local (threads in"
            + " this JVM, the default) or spark (a Spark job; needs the spark-sweep module, which ./depinlab adds).")
    private String executor = SweepExecutors.LOCAL;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --executor spark (default:"
            + " spark-submit's, else local[N] with N = --threads; e.g. local[*], spark://host:7077).")
    private String master;

    /** The slice asked for; a malformed one is a usage error. */
    SweepRunner.Shard shard() {
        try {
            return SweepRunner.Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--shard: " + e.getMessage());
        }
    }

    boolean resume() {
        return resume;
    }

    /** Opens the executor the options name; {@code appName} names a Spark job. */
    SweepExecutor open(String appName, ScenarioLoader scenarios, GpuProfiles profiles) {
        return SweepExecutors.open(executor, master, threads, appName, scenarios, profiles);
    }

    /** Checks --threads and --shard, before any file is read. */
    void check() {
        if (threads < 1) {
            throw new UserInputException("--threads must be >= 1, got " + threads);
        }
        shard();
    }
}
