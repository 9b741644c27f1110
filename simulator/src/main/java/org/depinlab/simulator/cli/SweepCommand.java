package org.depinlab.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

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

    @Mixin
    private ExecutionOptions execution;

    @Mixin
    private OutputOptions output;

    @Mixin
    private LimitOptions limitOptions;

    @Override
    public Integer call() {
        execution.check();
        try {
            SweepRunner.Shard slice = execution.shard();
            GpuProfiles profiles = GpuProfiles.builtIn();
            ScenarioLoader scenarios = new ScenarioLoader(profiles.catalog(), limitOptions.limits());
            SweepPlan plan = new SweepLoader(scenarios).load(file);
            Path target = output.outOr(plan.name());
            SweepRunner runner = new SweepRunner(scenarios, profiles, spec.commandLine().getErr()::println);
            int runs;
            try (SweepExecutor executorInUse = execution.open(plan.name(), scenarios, profiles)) {
                runs = ProgressBars.counting(plan.name(), output.quiet(),
                        progress -> runner.run(plan, target, executorInUse, slice, execution.resume(), progress));
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
