package org.depinlab.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.data.DataFormatException;
import org.depinlab.simulator.output.OutputException;
import org.depinlab.simulator.scenario.ScenarioException;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.simulator.scenario.SweepLoader;
import org.depinlab.simulator.scenario.SweepPlan;
import org.depinlab.simulator.sweep.CheatingThreshold;
import org.depinlab.simulator.sweep.SweepExecutor;
import org.depinlab.simulator.sweep.SweepFailedException;
import org.depinlab.simulator.sweep.SweepRunner;
import org.depinlab.simulator.sweep.SweepStoppedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code depinlab sweep}: a scenario over many points of parameter space, replicated. */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        description = {"Runs a sweep file's points x replications on local threads or as a Spark job; every finished run is appended"
                + " to points.jsonl at once, and summary.csv gives each point's mean and 95 %% interval per output.",
            "Same results with any thread count; after a kill, --resume runs only what is missing; --shard i/N runs"
                + " one slice (join slices with merge)."})
final class SweepCommand implements Callable<Integer> {


    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SWEEP", description = "Sweep file (YAML).")
    private Path file;

    @Option(names = "--threads", paramLabel = "N", description = "Runs at once (default: the processor count).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--shard", paramLabel = "i/N", description = "Run only slice i of N (0-based).")
    private String shard = "0/1";

    @Option(names = "--resume", description = "Continue a sweep in the output folder.")
    private boolean resume;

    @Option(names = "--executor", paramLabel = "NAME", description = "Where the runs execute: local (threads in"
            + " this JVM, the default) or spark (a Spark job; needs the spark-sweep module, which ./depinlab adds).")
    private String executor = SweepExecutors.LOCAL;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --executor spark (default:"
            + " spark-submit's, else local[N] with N = --threads; e.g. local[*], spark://host:7077).")
    private String master;

    @Mixin
    private OutputOptions output;

    @Mixin
    private LimitOptions limitOptions;

    private SweepRunner.Shard shard() {
        try {
            return SweepRunner.Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw new UserInputException("--shard: " + e.getMessage());
        }
    }

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new UserInputException("--threads must be >= 1, got " + threads);
        }
        try {
            SweepRunner.Shard slice = shard();
            GpuProfiles profiles = GpuProfiles.builtIn();
            ScenarioLoader scenarios = new ScenarioLoader(profiles.catalog(), limitOptions.limits());
            SweepPlan plan = new SweepLoader(scenarios).load(file);
            Path target = output.outOr(plan.name());
            SweepRunner runner = new SweepRunner(scenarios, profiles, spec.commandLine().getErr()::println);
            int runs;
            try (SweepExecutor executorInUse = SweepExecutors.open(executor, master, threads, plan.name(), scenarios,
                    profiles)) {
                if (ProgressBars.shown(output.quiet())) {
                    try (ProgressBar bar = ProgressBars.named(plan.name(), " runs").build()) {
                        boolean[] sized = {false};
                        runs = runner.run(plan, target, executorInUse, slice, resume, n -> {
                            if (sized[0]) {
                                bar.stepBy(n);
                            } else {
                                bar.maxHint(n);
                                sized[0] = true;
                            }
                        });
                    }
                } else {
                    runs = runner.run(plan, target, executorInUse, slice, resume, n -> { });
                }
            } catch (SweepFailedException | SweepStoppedException e) {
                spec.commandLine().getErr().println("depinlab sweep: " + plan.name() + ": " + e.getMessage());
                return 1;
            }
            if (!output.quiet()) {
                spec.commandLine().getOut().println(plan.name() + ": " + plan.points().size() + " points x "
                        + plan.replications() + " replications, " + runs + " runs made now; summary in "
                        + target.resolve("summary.csv"));
                CheatingThreshold.answer(SweepRunner.results(target, w -> { }))
                        .ifPresent(spec.commandLine().getOut()::println);
            }
            return 0;
        } catch (ScenarioException | DataFormatException | IllegalArgumentException | OutputException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot write the sweep's outputs: " + e.getMessage());
        }
    }
}
