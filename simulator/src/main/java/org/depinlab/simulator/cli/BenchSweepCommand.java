package org.depinlab.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.bench.SweepBench;
import org.depinlab.simulator.data.DataFormatException;
import org.depinlab.simulator.scenario.ScenarioException;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.simulator.scenario.SweepLoader;
import org.depinlab.simulator.scenario.SweepPlan;
import org.depinlab.simulator.sweep.SweepExecutor;
import org.depinlab.simulator.sweep.SweepFailedException;
import org.depinlab.simulator.sweep.SweepRunner;
import org.depinlab.simulator.sweep.SweepStoppedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depinlab bench sweep}: local threads against another executor (see {@link SweepBench}). */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        description = {"Runs SWEEP on N local threads and on the executor given (Spark local[N] unless --master),"
                + " and prints the wall times, the overhead %%, the time to start the executor and whether the two"
                + " summary.csv files are byte-identical (exit 1 if not).",
            "Rounds alternate which executor goes first, after an untimed warm-up on local threads.",
            "E.g. ./depinlab bench sweep scenarios/sweeps/executor-bench.yaml --executor spark --threads 2"})
final class BenchSweepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SWEEP", description = "Sweep file (YAML).")
    private Path file;

    @Option(names = "--executor", required = true, paramLabel = "NAME", description = "Executor to compare with"
            + " local threads (allowed: spark).")
    private String executor;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[N]).")
    private String master;

    @Option(names = "--threads", paramLabel = "N", description = "Local threads, and Spark slots when --master is"
            + " not given (default: ${DEFAULT-VALUE}).")
    private int threads = 2;

    @Option(names = "--rounds", paramLabel = "R", description = "Timed rounds; odd rounds run the other executor"
            + " first (default: ${DEFAULT-VALUE}).")
    private int rounds = 1;

    @Override
    public Integer call() throws IOException {
        SweepBench.Settings settings = new SweepBench.Settings(executor, master, threads, rounds);
        if (executor.equals(SweepExecutors.LOCAL)) {
            throw new UserInputException("--executor: name the executor to compare with local threads (allowed:"
                    + " spark)");
        }
        GpuProfiles profiles = GpuProfiles.builtIn();
        ScenarioLoader scenarios = new ScenarioLoader(profiles.catalog());
        SweepPlan plan;
        try {
            plan = new SweepLoader(scenarios).load(file);
        } catch (ScenarioException | DataFormatException | IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        SweepBench.Executors executors = new SweepBench.Executors() {
            @Override
            public SweepExecutor local() {
                return SweepExecutors.open(SweepExecutors.LOCAL, null, threads, plan.name(), scenarios, profiles);
            }

            @Override
            public SweepExecutor other() {
                return SweepExecutors.open(executor, master, threads, plan.name(), scenarios, profiles);
            }
        };
        try {
            boolean same = new SweepBench(new SweepRunner(scenarios, profiles), spec.commandLine().getOut())
                    .run(plan, settings, executors);
            return same ? 0 : 1;
        } catch (SweepFailedException | SweepStoppedException e) {
            spec.commandLine().getErr().println("depinlab bench sweep: " + plan.name() + ": " + e.getMessage());
            return 1;
        }
    }
}
