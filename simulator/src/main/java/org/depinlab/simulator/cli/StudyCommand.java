package org.depinlab.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.data.DataFormatException;
import org.depinlab.simulator.output.OutputException;
import org.depinlab.simulator.scenario.ScenarioException;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.simulator.scenario.StudyFile;
import org.depinlab.simulator.scenario.StudyLoader;
import org.depinlab.simulator.study.StudyResult;
import org.depinlab.simulator.study.StudyRunner;
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

/** {@code depinlab study}: a question answered by a designed set of runs. */
@Command(name = "study",
        mixinStandardHelpOptions = true,
        description = {"Runs a study file's design (compare, factorial, sobol or morris) through the sweep executors into"
                + " DIR/runs (points.jsonl, resumable), then writes study.json, summary.md and report.html, which open"
                + " with the question and an answer generated from the estimates and their 95 %% intervals.",
            "--shard i/N runs one slice into a folder of its own and analyses nothing; --merge joins the N slices'"
                + " folders into one study folder, the same bytes as the study run whole."})
final class StudyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "STUDY", description = "Study file (YAML).")
    private Path file;

    @Mixin
    private ExecutionOptions execution;

    @Option(names = "--merge", paramLabel = "DIR", arity = "1..*", description = "Join these folders, one per shard"
            + " of the study (each made by --shard i/N and finished), into --out and write the study's outputs; runs"
            + " nothing.")
    private List<Path> shards = List.of();

    @Mixin
    private OutputOptions output;

    @Mixin
    private LimitOptions limitOptions;

    @Override
    public Integer call() {
        execution.check();
        SweepRunner.Shard shard = execution.shard();
        if (!shards.isEmpty() && (shard.count() > 1 || execution.resume())) {
            throw new UserInputException("--merge joins finished shards and runs nothing: give it without --shard"
                    + " and --resume");
        }
        try {
            GpuProfiles profiles = GpuProfiles.builtIn();
            ScenarioLoader scenarios = new ScenarioLoader(profiles.catalog(), limitOptions.limits());
            StudyFile study = new StudyLoader(scenarios, StudyRunner.runKeys()).load(file);
            Path target = output.outOr(study.name());
            StudyRunner runner = new StudyRunner(new SweepRunner(scenarios, profiles,
                    spec.commandLine().getErr()::println), spec.commandLine().getErr()::println);
            if (!shards.isEmpty()) {
                return answered(study, runner.merge(study, shards, target), target);
            }
            try (SweepExecutor executorInUse = execution.open(study.name(), scenarios, profiles)) {
                if (shard.count() > 1) {
                    int runs = ProgressBars.counting(study.name(), output.quiet(), progress -> runner.runShard(study,
                            target, executorInUse, shard, execution.resume(), progress));
                    if (!output.quiet()) {
                        spec.commandLine().getOut().println(study.name() + ": shard " + shard.index() + "/"
                                + shard.count() + ", " + runs + " runs made now in " + target.resolve(StudyRunner.RUNS)
                                + "; join the shards with study " + file + " --merge DIR...");
                    }
                    return 0;
                }
                StudyResult result = ProgressBars.counting(study.name(), output.quiet(),
                        progress -> runner.run(study, target, executorInUse, execution.resume(), progress));
                return answered(study, result, target);
            } catch (SweepFailedException | SweepStoppedException e) {
                spec.commandLine().getErr().println("depinlab study: " + study.name() + ": " + e.getMessage()
                        + " (the finished runs are kept: --resume runs the rest)");
                return 1;
            }
        } catch (ScenarioException | DataFormatException | IllegalArgumentException | OutputException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot write the study's outputs: " + e.getMessage());
        }
    }

    private int answered(StudyFile study, StudyResult result, Path target) {
        if (!output.quiet()) {
            spec.commandLine().getOut().println(study.name() + ": " + result.points().size() + " design points x "
                    + study.replications() + " replications; " + result.answer());
            spec.commandLine().getOut().println("report in " + target.resolve("report.html"));
        }
        return 0;
    }
}
